package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a file holds, the reader answers with a bank or a BankException, never another
 * exception. Seeded, so a failure repeats on every machine.
 */
class AnyInputTest {
    private static final String[] PIECES_OF_CSV = {
        "mcq", "multi", "truefalse", "fill", "short", "long", "A", "E", "A;C", "true", "___", "|", ";", ",", ",",
        "\"", "\"\"", "\n", "\r\n", "\r", "\t", "-1", "0.5", "1,5", "../x.png", "images/x.png", "sep=;", "x", " ", "é"};

    @TempDir
    Path dir;

    @Test
    void anyTextGivesABankOrABankException() throws IOException {
        Random random = new Random(20_260_101);
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder(
                    "id,level,topic,type,question,option_a,option_b,answer,marks,shuffle,lines,image,difficulty\n");
            int pieces = random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES_OF_CSV[random.nextInt(PIECES_OF_CSV.length)]);
            }
            check(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anyBytesGiveABankOrABankException() throws IOException {
        Random random = new Random(7);
        for (int run = 0; run < 300; run++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            if (run % 3 == 0 && bytes.length > 1) { // as often as not, claim UTF-16 so that decoder path is walked too
                bytes[0] = (byte) 0xFF;
                bytes[1] = (byte) 0xFE;
            }
            check(bytes);
        }
    }

    private void check(byte[] bytes) throws IOException {
        Path file = dir.resolve("bank.csv");
        Files.write(file, bytes);
        try {
            BankReader.read(file);
        } catch (BankException expected) {
            assertThat(expected.problems()).isNotEmpty();
            assertThat(expected.getMessage()).doesNotContain("Exception", "\tat ", "\uFFFD");
        }
    }
}
