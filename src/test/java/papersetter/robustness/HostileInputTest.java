package papersetter.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import papersetter.testing.Cli;

/**
 * Hostile and damaged input (issue 13), met through the real command line: files that reach
 * outside the bank by links, pictures that are no pictures, YAML built to crash or exhaust a
 * parser, devices and endless files, numbers that overflow, and layout settings whose messages
 * misled. One row per case: the input (made in a scratch folder), the arguments, the exact
 * message on stderr, the exit code; and for every case the output folder, which holds an earlier
 * run, is exactly as it was.
 */
class HostileInputTest {
    static final Path SMALL = Path.of("src/test/resources/robustness/small.csv");
    static final String HEADER = "id,level,topic,type,question,option_a,option_b,answer,marks,alt,image\n";
    static final String ROW = "H-1,fresher,orm,mcq,Which one?,this,that,A,1,A small square,";
    static final String DECODE_FIX = "save the picture again as PNG or JPEG, or copy it again";

    /** What a case is given: the scratch folder to make its input in, the output folder. */
    record Folders(Path scratch, Path out) {
        Path write(String name, String text) {
            try {
                Path file = scratch.resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path write(String name, byte[] bytes) {
            try {
                Path file = scratch.resolve(name);
                Files.createDirectories(file.getParent());
                return Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A bank of one question whose picture is {@code image}. */
        Path bankWithPicture(String image) {
            return write("bank/q.csv", HEADER + ROW + image + "\n");
        }

        Path link(String name, Path target) {
            try {
                Path link = scratch.resolve(name);
                Files.createDirectories(link.getParent());
                return Files.createSymbolicLink(link, target.toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A generate run of one set of one question, into the output folder. */
        String[] generate(Path bank, String... more) {
            List<String> args = new ArrayList<>(List.of("generate", "--bank", bank.toString(), "--out", out.toString(),
                    "--sets", "1", "--seed", "1"));
            if (!Arrays.asList(more).contains("--spec")) {
                args.addAll(List.of("--count", "1"));
            }
            args.addAll(Arrays.asList(more));
            return args.toArray(String[]::new);
        }
    }

    /** One row of the table: what to make and run, and what must be said with which exit code. */
    interface Input {
        String[] make(Folders folders);
    }

    interface Expected {
        String message(Folders folders);
    }

    record Case(String name, Input input, Expected expected, int exit) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path out;
    @TempDir
    Path scratch;

    @BeforeEach
    void anEarlierRunIsInTheOutputFolder() throws IOException {
        Path earlier = Files.createDirectories(out.resolve("earlier-20261101-090000-seed1"));
        Files.writeString(earlier.resolve("paper-A.pdf"), "an earlier run's paper");
        Files.writeString(out.resolve(".keep"), "");
    }

    // A separate thread, so that an input that hangs the reader (a FIFO, /dev/zero) fails the case rather than the build.
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusedWithItsMessage(Case c) {
        Folders folders = new Folders(scratch, out);
        String[] args = c.input().make(folders);
        Map<String, String> before = tree(out);
        Cli run = Cli.run(args);
        assertThat(run.err()).as(run.toString()).isEqualTo(c.expected().message(folders) + "\n");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(c.exit());
        assertThat(run.out()).isEmpty();
        assertThat(tree(out)).as("the output folder, hidden files included").isEqualTo(before);
    }

    /** What must still work: these limits refuse only what they are for. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void acceptedAndWritten(Case c) throws IOException {
        Folders folders = new Folders(scratch, out);
        Cli run = Cli.run(c.input().make(folders));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEqualTo(c.expected().message(folders));
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries.map(p -> p.getFileName().toString())).as(run.toString())
                    .anyMatch(name -> name.startsWith("small-") || name.startsWith("bank-") || name.startsWith("q-"));
        }
    }

    static List<Case> accepted() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("margins: 18, one length for all four, as layouts/README.md allows", f -> {
            f.write("mine.yaml", "extends: exam\npage:\n  margins: 18\n");
            return f.generate(SMALL, "--layout", f.scratch().resolve("mine.yaml").toString());
        }, f -> "", 0));
        cases.add(new Case("a layout's logo may be a link to a picture anywhere", f -> {
            Path logo = f.write("elsewhere/logo.png", png(40, 20));
            f.link("layouts/logo.png", logo);
            f.write("layouts/mine.yaml", "extends: exam\nheader:\n  logo: logo.png\n");
            return f.generate(SMALL, "--layout", f.scratch().resolve("layouts/mine.yaml").toString());
        }, f -> "", 0));
        cases.add(new Case("a bank picture that is a link to another picture inside the bank", f -> {
            Path real = f.write("bank/images/real.png", png(30, 30));
            f.link("bank/images/alias.png", real);
            return f.generate(f.bankWithPicture("images/alias.png"));
        }, f -> "", 0));
        cases.add(new Case("extends: ./base.yaml is found beside the layout, from any current folder", f -> {
            f.write("layouts/base.yaml", "extends: exam\nwatermark: DRAFT\n");
            f.write("layouts/mine.yaml", "extends: ./base.yaml\ncolumns: 2\n");
            return f.generate(SMALL, "--layout", f.scratch().resolve("layouts/mine.yaml").toString());
        }, f -> "", 0));
        return cases;
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(filesFromOutsideTheBank());
        cases.addAll(picturesThatAreNot());
        cases.addAll(yamlBuiltToBreakTheParser());
        cases.addAll(specNumbers());
        cases.addAll(endlessAndSpecialFiles());
        cases.addAll(layoutMessages());
        return cases;
    }

    // ---- files from where they should not come ----

    static List<Case> filesFromOutsideTheBank() {
        List<Case> cases = new ArrayList<>();
        for (String command : List.of("validate", "generate")) {
            cases.add(new Case(command + ": a picture that is a link to a file outside the bank", f -> {
                Path secret = f.write("elsewhere/secret.png", png(8, 8));
                f.link("bank/images/link.png", secret);
                return args(f, command, f.bankWithPicture("images/link.png"));
            }, f -> f.scratch().resolve("bank/q.csv") + ":2: column 'image': 'images/link.png' is a link to "
                    + real(f.scratch().resolve("elsewhere/secret.png")) + ", outside the bank file's folder"
                    + " — copy the picture into the bank file's folder (" + f.scratch().resolve("bank")
                    + ") instead of linking to it\n1 error in the bank — fix the error and run again", 2));
            cases.add(new Case(command + ": a picture inside a linked folder that is outside the bank", f -> {
                f.write("elsewhere/secret.png", png(8, 8));
                f.link("bank/secdir", f.scratch().resolve("elsewhere"));
                return args(f, command, f.bankWithPicture("secdir/secret.png"));
            }, f -> f.scratch().resolve("bank/q.csv") + ":2: column 'image': 'secdir/secret.png' goes through secdir,"
                    + " a link to " + real(f.scratch().resolve("elsewhere")) + ", outside the bank file's folder"
                    + " — copy the picture into the bank file's folder (" + f.scratch().resolve("bank")
                    + ") instead of linking to it\n1 error in the bank — fix the error and run again", 2));
            cases.add(new Case(command + ": a picture that is a link to /etc/passwd", f -> {
                f.link("bank/images/passwd.png", Path.of("/etc/passwd"));
                return args(f, command, f.bankWithPicture("images/passwd.png"));
            }, f -> f.scratch().resolve("bank/q.csv") + ":2: column 'image': 'images/passwd.png' is a link to"
                    + " /etc/passwd, outside the bank file's folder — copy the picture into the bank file's folder ("
                    + f.scratch().resolve("bank") + ") instead of linking to it"
                    + "\n1 error in the bank — fix the error and run again", 2));
        }
        return cases;
    }

    // ---- pictures are read by validate, and the same check refuses them in generate ----

    static List<Case> picturesThatAreNot() {
        List<Case> cases = new ArrayList<>();
        record Picture(String what, String file, Object content, String reason, String fix) {
        }
        byte[] noisy = png(300, 300);
        List<Picture> pictures = List.of(
                new Picture("a text file", "notes.png", "These are my notes, not a picture.\n",
                        "is a text file, not a picture", "open it in a picture editor and save it as PNG or JPEG"),
                new Picture("an empty file", "empty.png", new byte[0], "is empty (0 bytes)",
                        "save the picture again as PNG or JPEG"),
                new Picture("an SVG drawing", "diagram.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"5\"/></svg>\n",
                        "is an SVG drawing, which papersetter cannot print", "export it from the drawing program as PNG"),
                new Picture("a PNG cut short", "cut.png", Arrays.copyOf(noisy, noisy.length / 2),
                        "is damaged or cut short (Error reading PNG image data)", DECODE_FIX),
                new Picture("a 30000 × 30000 PNG", "huge.png", hugePng(30_000, 30_000),
                        "is 30000 × 30000 pixels (900 megapixels), more than the 40 megapixels a picture may have",
                        "save it at a smaller size, e.g. 4000 × 3000 pixels or fewer; that is plenty for print"));
        for (String command : List.of("validate", "generate")) {
            for (Picture picture : pictures) {
                cases.add(new Case(command + ": a picture that is " + picture.what(), f -> {
                    if (picture.content() instanceof String text) {
                        f.write("bank/images/" + picture.file(), text);
                    } else {
                        f.write("bank/images/" + picture.file(), (byte[]) picture.content());
                    }
                    return args(f, command, f.bankWithPicture("images/" + picture.file()));
                }, f -> f.scratch().resolve("bank/q.csv") + ":2: column 'image': 'images/" + picture.file() + "' "
                        + picture.reason() + " — " + picture.fix()
                        + "\n1 error in the bank — fix the error and run again", 2));
            }
        }
        return cases;
    }

    // ---- YAML that crashed the parser or was read wrongly ----

    static List<Case> yamlBuiltToBreakTheParser() {
        List<Case> cases = new ArrayList<>();
        String deep = "title: x\nsections: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            laughs.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        for (String kind : List.of("layout", "spec")) {
            cases.add(new Case("a " + kind + " nested 20 000 deep", f -> generateWith(f, kind, "deep.yaml", deep),
                    f -> f.scratch().resolve("deep.yaml") + ": line 2: settings nested more than 50 levels deep"
                            + " — a layout or spec needs only a few; check the indentation and the brackets", 2));
            cases.add(new Case("a " + kind + " that is a billion-laughs alias bomb",
                    f -> generateWith(f, kind, "laughs.yaml", laughs.toString()),
                    f -> f.scratch().resolve("laughs.yaml") + ": line 7: more than 50 aliases (*name) in one file"
                            + " — write the settings out in full", 2));
        }
        cases.add(new Case("a layout that sets one key twice", f -> generateWith(f, "layout", "twice.yaml",
                "extends: exam\nwatermark: DRAFT\ncolumns: 2\nwatermark: FINAL\n"),
                f -> f.scratch().resolve("twice.yaml") + ": line 4: 'watermark' is set twice, on lines 2 and 4"
                        + " — keep one of them", 2));
        cases.add(new Case("a layout of 10 000 unknown keys is one message of 25 lines and a count", f -> {
            StringBuilder keys = new StringBuilder("extends: exam\n");
            for (int i = 1; i <= 10_000; i++) {
                keys.append("zz").append(i).append(": 1\n");
            }
            return generateWith(f, "layout", "keys.yaml", keys.toString());
        }, f -> {
            StringBuilder lines = new StringBuilder();
            for (int i = 1; i <= 25; i++) {
                lines.append(f.scratch().resolve("keys.yaml")).append(": line ").append(i + 1).append(": unknown key 'zz")
                        .append(i).append("' — the keys allowed here are: answer-sheet, answer-space, answers,"
                                + " candidate, column-gap, columns, cover, extends, fonts, footer, header, instructions,"
                                + " key, language, marks, name, numbering, option-labels, options, page, pdf-a,"
                                + " roll-digits, sections, watermark\n");
            }
            return lines + "… and 9975 more like these\n10000 problems — fix them and run again";
        }, 2));
        cases.add(new Case("a spec section that sets one key twice", f -> generateWith(f, "spec", "twice.yaml",
                "title: Quiz\nsections:\n  - heading: One\n    count: 1\n    count: 3\n"),
                f -> f.scratch().resolve("twice.yaml") + ": line 5: 'count' is set twice, on lines 4 and 5"
                        + " — keep one of them", 2));
        return cases;
    }

    // ---- numbers in a spec that crashed or were refused without their limit ----

    static List<Case> specNumbers() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("spec marks: 1e-999999999", f -> generateWith(f, "spec", "tiny.yaml",
                "title: Quiz\nsections:\n  - heading: One\n    count: 1\n    marks: 1e-999999999\n"),
                f -> f.scratch().resolve("tiny.yaml") + ": line 5: marks is 1e-999999999 — use a number of marks above 0"
                        + " and at most 10000, with at most 3 decimals, e.g. 20 or 2.5", 2));
        cases.add(new Case("spec total: 20000", f -> generateWith(f, "spec", "total.yaml",
                "title: Quiz\ntotal: 20000\nsections:\n  - heading: One\n    count: 1\n"),
                f -> f.scratch().resolve("total.yaml") + ": line 2: total is 20000 — use a number of marks above 0"
                        + " and at most 10000, with at most 3 decimals, e.g. 20 or 2.5", 2));
        cases.add(new Case("spec sections: []", f -> generateWith(f, "spec", "empty.yaml",
                "title: Quiz\nsections: []\n"),
                f -> f.scratch().resolve("empty.yaml") + ": line 2: the spec has no sections — add 'sections:' with at"
                        + " least one section (a heading and a count or marks)", 2));
        cases.add(new Case("bank marks 999999999999", f -> {
            Path bank = f.write("big-marks.csv", "id,level,topic,type,question,answer,marks\n"
                    + "M-1,fresher,orm,short,Explain it.,It is so.,999999999999\n");
            return f.generate(bank);
        }, f -> f.scratch().resolve("big-marks.csv") + ":2: column 'marks': '999999999999' is more than 1000, the most"
                + " marks a question may carry — write the marks as a number above 0 and at most 1000"
                + "\n1 error in the bank — fix the error and run again", 2));
        return cases;
    }

    // ---- devices, pipes and files with no end ----

    static List<Case> endlessAndSpecialFiles() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("--bank /dev/zero", f -> f.generate(Path.of("/dev/zero")),
                f -> "/dev/zero: this is a device, not a file — give the path of a question bank file"
                        + "\n1 error in the bank — fix the error and run again", 2));
        cases.add(new Case("validate /dev/zero", f -> new String[] {"validate", "/dev/zero"},
                f -> "/dev/zero: this is a device, not a file — give the path of a question bank file"
                        + "\n1 error in the bank — fix the error and run again", 2));
        cases.add(new Case("--spec /dev/zero", f -> f.generate(SMALL, "--spec", "/dev/zero"),
                f -> "/dev/zero: this is a device, not a file — give the path of a layout or spec file", 2));
        cases.add(new Case("--layout /dev/zero", f -> f.generate(SMALL, "--layout", "/dev/zero"),
                f -> "/dev/zero: this is a device, not a file — give the path of a layout file", 2));
        cases.add(new Case("--bank naming a FIFO", f -> {
            Path fifo = f.scratch().resolve("pipe.csv");
            mkfifo(fifo);
            return f.generate(fifo);
        }, f -> f.scratch().resolve("pipe.csv") + ": this is a pipe (FIFO), not a file — give the path of a question"
                + " bank file\n1 error in the bank — fix the error and run again", 2));
        cases.add(new Case("a spec over 1 MB", f -> generateWith(f, "spec", "big.yaml",
                "title: Quiz\n" + "# padding\n".repeat(110_000)),
                f -> f.scratch().resolve("big.yaml") + ": the file is 1075 KB, more than the 1 MB a layout or spec file"
                        + " may hold — check that this is the right file", 2));
        return cases;
    }

    // ---- layout messages that misled ----

    static List<Case> layoutMessages() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("extends: ./x.yaml is read from the layout's folder, and a missing one names the layout",
                f -> {
                    f.write("layouts/mine.yaml", "extends: ./missing.yaml\nwatermark: DRAFT\n");
                    return f.generate(SMALL, "--layout", f.scratch().resolve("layouts/mine.yaml").toString());
                }, f -> f.scratch().resolve("layouts/mine.yaml") + ": line 1: extends names './missing.yaml', but there"
                        + " is no such file (looked for " + f.scratch().resolve("layouts/missing.yaml") + ") — a path here"
                        + " is read from this layout's folder; or use a shipped layout: compact, exam, large-print,"
                        + " revision, worksheet", 2));
        cases.add(new Case("extends names no shipped layout", f -> {
            f.write("mine.yaml", "extends: exma\n");
            return f.generate(SMALL, "--layout", f.scratch().resolve("mine.yaml").toString());
        }, f -> f.scratch().resolve("mine.yaml") + ": line 1: extends names 'exma', which is not a shipped layout"
                + " — use one of: compact, exam, large-print, revision, worksheet, or the path of a layout file", 2));
        cases.add(new Case("margins: -20 is one message", f -> {
            f.write("mine.yaml", "extends: exam\npage:\n  margins: -20\n");
            return f.generate(SMALL, "--layout", f.scratch().resolve("mine.yaml").toString());
        }, f -> f.scratch().resolve("mine.yaml") + ": line 3: margins is '-20' — use a length such as 54, 20mm, 2cm"
                + " or 0.75in", 2));
        cases.add(new Case("an A5 page with 144 pt margins says how wide the text would be", f -> {
            f.write("mine.yaml", "extends: exam\npage:\n  size: A5\n  margins: 144\n");
            return f.generate(SMALL, "--layout", f.scratch().resolve("mine.yaml").toString());
        }, f -> f.scratch().resolve("mine.yaml") + ": line 2: the margins leave only 132 pt of width to print on,"
                + " less than 150 pt — make them smaller or use a larger page", 2));
        return cases;
    }

    // ---- helpers ----

    static String[] args(Folders f, String command, Path bank) {
        return command.equals("validate") ? new String[] {"validate", bank.toString()} : f.generate(bank);
    }

    static String[] generateWith(Folders f, String kind, String name, String text) {
        Path file = f.write(name, text);
        return f.generate(SMALL, "--" + kind, file.toString());
    }

    static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            assumeTrue(process.waitFor() == 0, "mkfifo is not available");
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A PNG of random pixels, so that its compressed data is long and a cut lands inside it. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(13);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PNG that says it is {@code width} × {@code height} pixels, with one row of data: the header
     * is all a reader needs to know its size, and making the real thing would take a gigabyte.
     */
    static byte[] hugePng(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[width + 1]);
        deflater.finish();
        byte[] data = new byte[width + 64];
        int length = deflater.deflate(data);
        chunk(png, "IDAT", Arrays.copyOf(data, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static Map<String, String> tree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, String> entries = new TreeMap<>();
            for (Path path : walk.filter(p -> !p.equals(root)).toList()) {
                entries.put(root.relativize(path).toString(),
                        Files.isDirectory(path) ? "folder" : HexFormat.of().formatHex(
                                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
