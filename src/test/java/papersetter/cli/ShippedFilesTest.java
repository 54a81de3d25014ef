package papersetter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release jar's shipped bank and layouts, unpacked where a plain {@code java -jar} run finds them. */
class ShippedFilesTest {
    @TempDir
    Path temp;

    @Test
    void theBuildPutsEveryShippedFileInTheJar() throws IOException {
        // The pom copies bank/django and layouts/ under papersetter/shipped/ in the classes the jar is made of.
        Path shipped = Path.of("target/classes", ShippedFiles.PREFIX);
        for (String folder : List.of("bank/django", "layouts")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(shipped.resolve(file.toString())).as(file.toString()).hasSameBinaryContentAs(file);
                }
            }
        }
    }

    @Test
    void unpacksOnceIntoAFolderNamedAfterTheContent() throws IOException {
        Path jar = jar("one.jar", Map.of("bank/django/a.csv", "id,level\n1,x\n", "layouts/exam.yaml", "font: 11\n"));
        Path cache = temp.resolve("cache");

        Path home = ShippedFiles.unpack(jar, cache);

        assertThat(home.getParent()).isEqualTo(cache);
        assertThat(home.getFileName().toString()).matches("shipped-[0-9a-f]{16}");
        assertThat(home.resolve("bank/django/a.csv")).hasContent("id,level\n1,x\n");
        assertThat(home.resolve("layouts/exam.yaml")).hasContent("font: 11\n");
        Files.writeString(home.resolve("bank/django/a.csv"), "id,level\n2,y\n"); // same size: left as it is
        assertThat(ShippedFiles.unpack(jar, cache)).isEqualTo(home);
        assertThat(home.resolve("bank/django/a.csv")).hasContent("id,level\n2,y\n");
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).containsExactly(home); // no temporary folder left behind
        }
    }

    @Test
    void aChangedBankGetsAFolderOfItsOwn() throws IOException {
        Path cache = temp.resolve("cache");
        Path first = ShippedFiles.unpack(jar("one.jar", Map.of("bank/django/a.csv", "id\n1\n")), cache);
        Path second = ShippedFiles.unpack(jar("two.jar", Map.of("bank/django/a.csv", "id\n2\n")), cache);

        assertThat(second).isNotEqualTo(first);
        assertThat(first.resolve("bank/django/a.csv")).hasContent("id\n1\n");
        assertThat(second.resolve("bank/django/a.csv")).hasContent("id\n2\n");
    }

    @Test
    void aFolderThatLostFilesIsUnpackedAgain() throws IOException {
        Path jar = jar("one.jar", Map.of("bank/django/a.csv", "id\n1\n", "bank/django/b.csv", "id\n2\n"));
        Path cache = temp.resolve("cache");
        Path home = ShippedFiles.unpack(jar, cache);
        Files.delete(home.resolve("bank/django/b.csv"));
        Files.writeString(home.resolve("bank/django/a.csv"), "id\n1"); // cut short

        assertThat(ShippedFiles.unpack(jar, cache)).isEqualTo(home);
        assertThat(home.resolve("bank/django/a.csv")).hasContent("id\n1\n");
        assertThat(home.resolve("bank/django/b.csv")).hasContent("id\n2\n");
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).containsExactly(home);
        }
    }

    @Test
    void runsStartingTogetherAllGetTheWholeBank() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            files.put("bank/django/t" + i + ".csv", "id\n" + "x".repeat(i * 100) + "\n");
        }
        Path jar = jar("one.jar", files);
        Path cache = temp.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> homes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                homes.add(pool.submit(() -> ShippedFiles.unpack(jar, cache)));
            }
            Path home = homes.get(0).get();
            for (Future<Path> other : homes) {
                assertThat(other.get()).isEqualTo(home);
            }
            files.forEach((name, text) -> assertThat(home.resolve(name)).hasContent(text));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aJarWhoseEntryPointsOutsideTheFolderIsRefused() throws IOException {
        Path jar = jar("bad.jar", Map.of("../../outside.csv", "id\n1\n"));
        Path cache = temp.resolve("cache");

        assertThatThrownBy(() -> ShippedFiles.unpack(jar, cache)).isInstanceOf(IOException.class)
                .hasMessageContaining("outside its folder");
        assertThat(temp.resolve("outside.csv")).doesNotExist();
        assertThat(cache.getParent().resolve("outside.csv")).doesNotExist();
    }

    @Test
    void aJarWithoutShippedFilesGivesNoFolder() throws IOException {
        Path jar = temp.resolve("plain.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("papersetter/cli/Main.class"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertThat(ShippedFiles.unpack(jar, temp.resolve("cache"))).isNull();
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void aShippedSpecIsFoundFromAnyFolder() throws IOException {
        Path home = temp.resolve("home");
        Files.createDirectories(home.resolve("bank/django/specs"));
        Files.writeString(home.resolve("bank/django/specs/quiz.yaml"), "title: Quiz\n");
        Files.writeString(temp.resolve("secret.yaml"), "title: not shipped\n");
        String before = System.getProperty(ShippedFiles.HOME);
        System.setProperty(ShippedFiles.HOME, home.toString());
        try {
            assertThat(papersetter.bank.ShippedBank.find(Path.of("bank/django/specs/quiz.yaml")))
                    .isEqualTo(home.resolve("bank/django/specs/quiz.yaml"));
            // A file here, an absolute path, a file that is nowhere, or one outside the shipped folder: as given.
            assertThat(papersetter.bank.ShippedBank.find(Path.of("pom.xml"))).isEqualTo(Path.of("pom.xml"));
            assertThat(papersetter.bank.ShippedBank.find(Path.of("no/such.yaml"))).isEqualTo(Path.of("no/such.yaml"));
            assertThat(papersetter.bank.ShippedBank.find(Path.of("../secret.yaml"))).isEqualTo(Path.of("../secret.yaml"));
            Path absolute = temp.resolve("elsewhere.yaml");
            assertThat(papersetter.bank.ShippedBank.find(absolute)).isEqualTo(absolute);
        } finally {
            if (before == null) {
                System.clearProperty(ShippedFiles.HOME);
            } else {
                System.setProperty(ShippedFiles.HOME, before);
            }
        }
    }

    @Test
    void theCacheIsWhereEachSystemKeepsCaches() {
        assertThat(ShippedFiles.cacheRoot(Map.of("LOCALAPPDATA", "C:\\Users\\Zoë\\AppData\\Local"),
                system("Windows 11", "C:\\Users\\Zoë")).toString())
                .startsWith("C:\\Users\\Zoë\\AppData\\Local").endsWith("papersetter");
        assertThat(ShippedFiles.cacheRoot(Map.of(), system("Mac OS X", "/Users/zoe")))
                .isEqualTo(Path.of("/Users/zoe/Library/Caches/papersetter"));
        assertThat(ShippedFiles.cacheRoot(Map.of("XDG_CACHE_HOME", "/var/cache/zoe"), system("Linux", "/home/zoe")))
                .isEqualTo(Path.of("/var/cache/zoe/papersetter"));
        assertThat(ShippedFiles.cacheRoot(Map.of("XDG_CACHE_HOME", "relative"), system("Linux", "/home/zoe")))
                .isEqualTo(Path.of("/home/zoe/.cache/papersetter"));
    }

    private static Properties system(String os, String home) {
        Properties properties = new Properties();
        properties.setProperty("os.name", os);
        properties.setProperty("user.home", home);
        return properties;
    }

    private Path jar(String name, Map<String, String> shipped) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("papersetter/cli/Main.class"));
            zip.write(new byte[] {1, 2, 3});
            for (Map.Entry<String, String> file : shipped.entrySet()) {
                zip.putNextEntry(new ZipEntry(ShippedFiles.PREFIX + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
