package papersetter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The shipped bank and layouts when papersetter runs as a plain jar ({@code java -jar
 * papersetter.jar}), with no launcher to say where they are.
 *
 * <p>The launchers and the app images set {@code papersetter.home} (or {@code PAPERSETTER_HOME}) to a folder holding
 * {@code bank/django} and {@code layouts/}, and every lookup of a shipped file reads that property.
 * A plain jar carries the same files under {@code papersetter/shipped/}; the bank reader and the
 * layout reader work on files, so they are unpacked once into the user's cache folder, into a
 * folder named after their content (a new jar with a changed bank gets a new folder, and a run
 * made with the old one can still be reprinted), and {@code papersetter.home} is set to it.
 * Unpacking goes into a temporary folder renamed into place, so two runs starting at once, or a
 * run killed while unpacking, never leave a half-unpacked bank to be read as if it were whole; a
 * folder that lost files since (a cache cleaner) is unpacked anew.
 */
final class ShippedFiles {
    static final String HOME = "papersetter.home";
    /**
     * The same folder, as papersetter.cmd names it: Java on Windows reads its command line in the
     * system's code page but the environment in full Unicode, so a folder such as
     * {@code C:\Users\王芳\papersetter} arrives whole only this way.
     */
    static final String HOME_VARIABLE = "PAPERSETTER_HOME";
    static final String PREFIX = "papersetter/shipped/";
    /** The shipped files are well under a megabyte; a jar claiming more is not ours. */
    private static final long MAX_BYTES = 64L << 20;

    private ShippedFiles() {
    }

    /**
     * Sets {@code papersetter.home} to the shipped files when nothing set it; returns a message
     * for the user when they could not be made available, or null.
     */
    static String useAsHomeIfUnset() {
        if (System.getProperty(HOME) != null) {
            return null;
        }
        String fromLauncher = System.getenv(HOME_VARIABLE);
        if (fromLauncher != null && !fromLauncher.isBlank()) {
            System.setProperty(HOME, fromLauncher);
            return null;
        }
        Path source = codeSource();
        if (source == null) {
            return null;
        }
        if (Files.isDirectory(source)) {
            // Running from classes (an IDE, the tests): the shipped files are already files.
            Path shipped = source.resolve(PREFIX);
            if (Files.isDirectory(shipped)) {
                System.setProperty(HOME, shipped.toString());
            }
            return null;
        }
        Path cache = cacheRoot(System.getenv(), System.getProperties());
        IOException first = null;
        for (Path folder : List.of(cache,
                Path.of(System.getProperty("java.io.tmpdir"), "papersetter-" + System.getProperty("user.name")))) {
            try {
                Path home = unpack(source, folder);
                if (home != null) {
                    System.setProperty(HOME, home.toString());
                }
                return null;
            } catch (IOException e) {
                first = first == null ? e : first;
            } catch (RuntimeException e) {
                first = first == null ? new IOException(e.toString(), e) : first;
            }
        }
        return "papersetter: could not unpack the shipped bank and layouts into " + cache + " ("
                + first.getMessage() + "). Check that you may write there, or name a bank with --bank and a"
                + " layout file with --layout.";
    }

    private static Path codeSource() {
        CodeSource code = ShippedFiles.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(code.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The per-user cache folder each system expects programs to use. */
    static Path cacheRoot(Map<String, String> env, java.util.Properties system) {
        String os = system.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = system.getProperty("user.home");
        String localAppData = env.get("LOCALAPPDATA");
        if (os.startsWith("windows") && localAppData != null && !localAppData.isBlank()) {
            return Path.of(localAppData, "papersetter");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Caches", "papersetter");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "papersetter");
        }
        return Path.of(userHome, ".cache", "papersetter");
    }

    /**
     * Unpacks the jar's shipped files into {@code cache/shipped-HASH} unless they are there whole
     * already, and returns that folder; null when the jar ships none.
     */
    static Path unpack(Path jar, Path cache) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> e.getName().startsWith(PREFIX) && !e.isDirectory())
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            if (entries.isEmpty()) {
                return null;
            }
            Path target = cache.resolve("shipped-" + fingerprint(entries));
            if (isWhole(target, entries)) {
                return target;
            }
            Files.createDirectories(cache);
            Path temp = Files.createTempDirectory(cache, ".unpacking-");
            try {
                long total = 0;
                for (ZipEntry entry : entries) {
                    Path file = inside(temp, entry.getName().substring(PREFIX.length()));
                    Files.createDirectories(file.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        total += Files.copy(in, file);
                    }
                    if (total > MAX_BYTES) {
                        throw new IOException(jar + " holds more shipped files than papersetter ships");
                    }
                }
                if (isWhole(target, entries)) {
                    return target; // another run unpacked the same files meanwhile
                }
                if (Files.exists(target)) {
                    // Files went missing from it since it was unpacked: set it aside, then take its place.
                    deleteTree(Files.move(target, cache.resolve(".stale-" + temp.getFileName())));
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileSystemException e) {
                    // Another run unpacked the same files a moment earlier; theirs serve as well.
                    if (!isWhole(target, entries)) {
                        throw e;
                    }
                }
            } finally {
                deleteTree(temp);
            }
            return target;
        }
    }

    /** A name for the shipped files' content, from the jar's own record of each file (no unpacking). */
    private static String fingerprint(List<? extends ZipEntry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ZipEntry entry : entries) {
                sha.update((entry.getName() + "\n" + entry.getSize() + "\n" + entry.getCrc() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean isWhole(Path folder, List<? extends ZipEntry> entries) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        for (ZipEntry entry : entries) {
            Path file = folder.resolve(entry.getName().substring(PREFIX.length()));
            try {
                if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The entry's place under the folder; an entry naming a place outside it is refused. */
    private static Path inside(Path folder, String name) throws IOException {
        Path file = folder.resolve(name).normalize();
        if (name.isEmpty() || !file.startsWith(folder) || file.equals(folder)) {
            throw new IOException("the jar holds a file that would land outside its folder: " + name);
        }
        return file;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
