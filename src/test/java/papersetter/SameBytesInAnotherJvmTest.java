package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.OtherJvm;

/**
 * The same seed gives the same bytes in two separate JVMs, not only twice in one.
 *
 * <p>Found by CI: the fonts and pictures a page names were kept in a {@code Map.copyOf}, whose order
 * is salted afresh in every JVM, so two runs of the released app wrote the same paper with its
 * font resources in another order. {@link SameSeedSameBytesTest} runs in one JVM and could not see
 * it. This test starts two JVMs with different hash seeds and compares every file they write.
 */
class SameBytesInAnotherJvmTest {
    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoJvmsWriteTheSameFiles() throws Exception {
        // Two layouts that use several faces and fonts, and a bank in several scripts.
        for (String[] run : new String[][] {
            {"--bank", "bank/django", "--count", "20", "--sets", "2", "--seed", "2026"},
            {"--bank", "bank/django", "--count", "12", "--sets", "2", "--seed", "5", "--layout", "revision"},
            {"--bank", "src/test/resources/scripts/world.csv", "--count", "6", "--sets", "2", "--seed", "3"}}) {
            Map<String, byte[]> a = generate(first.resolve(String.valueOf(run.hashCode())), run);
            Map<String, byte[]> b = generate(second.resolve(String.valueOf(run.hashCode())), run);
            assertThat(a.keySet()).isEqualTo(b.keySet());
            // The first byte that differs, not two whole files, is what a failure should show.
            a.forEach((file, bytes) -> assertThat(Arrays.mismatch(bytes, b.get(file)))
                    .as("first differing byte of " + file + " for " + String.join(" ", run)).isEqualTo(-1));
        }
    }

    private static Map<String, byte[]> generate(Path out, String... args) throws Exception {
        Files.createDirectories(out);
        Path log = out.resolve("run.log");
        String[] command = new String[args.length + 7];
        command[0] = OtherJvm.javaCommand();
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = "papersetter.cli.Main";
        command[4] = "generate";
        command[5] = "--out";
        command[6] = out.resolve("runs").toString();
        System.arraycopy(args, 0, command, 7, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(100, TimeUnit.SECONDS)).as("the run ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out.resolve("runs"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = out.resolve("runs").relativize(file);
                if (relative.getNameCount() == 2 && !relative.getFileName().toString().equals("papersetter.db")) {
                    files.put(relative.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
