package papersetter.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cell from a bank can never run as a formula in the marker's spreadsheet. */
class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://example.com\",\"Click\")", "+1", "-1", "@SUM(A1:A2)",
        "\t=1+1", "\r=1+1", " =1+1", "\uFF1D1+1", "-", "=", "@"})
    void formulaLikeCellsGetALeadingApostrophe(String cell) {
        assertThat(SpreadsheetCsv.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "A, C", "True", "manage.py / django-admin", "1.5", "x = 1", "e-mail", "a@b", ""})
    void ordinaryCellsAreLeftAsTheyAre(String cell) {
        assertThat(SpreadsheetCsv.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void writesUtf8WithAByteOrderMarkCrlfRowsAndQuotesWhereNeeded() {
        byte[] bytes = new SpreadsheetCsv("a", "b").row(List.of("=cmd|' /C calc'!A0", "line 1\nline \"2\", end"))
                .row(List.of("é", "")).bytes();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "a,b\r\n'=cmd|' /C calc'!A0,\"line 1\nline \"\"2\"\", end\"\r\né,\r\n");
    }
}
