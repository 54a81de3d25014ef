package papersetter.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages put together into students: a missing page, a roll on two sets' sheets, doubts in the review column. */
class ScanResponsesTest {
    private static final SheetRow Q1 = new SheetRow("1", SheetRow.Kind.ONE, List.of("A", "B"),
            List.of(new Spot(100, 100, 5, false), new Spot(120, 100, 5, false)));
    private static final SheetRow Q2 = new SheetRow("2", SheetRow.Kind.ONE, List.of("A", "B"),
            List.of(new Spot(100, 120, 5, false), new Spot(120, 120, 5, false)));
    private static final Mark EMPTY = new Mark(0, 0, Mark.State.EMPTY);
    private static final Mark FILLED = new Mark(0.9, 1, Mark.State.FILLED);

    private static PageResult page(int number, String set, int page, int pages, String roll, RowReading... readings) {
        Sheets.Identity id = new Sheets.Identity(set, page, pages, roll, "", List.of(),
                List.of(readings).stream().map(RowReading::row).toList());
        List<Crop> crops = List.of(readings).stream().filter(RowReading::doubtful)
                .map(r -> new Crop(r.row().key(), new GreyImage(2, 2, new byte[4]), 40)).toList();
        return new PageResult(number, "scan" + number + ".png", id, null, List.of(readings), crops);
    }

    private static RowReading read(SheetRow row, String value) {
        return new RowReading(row, value, null, List.of(value.equals("A") ? FILLED : EMPTY,
                value.equals("B") ? FILLED : EMPTY));
    }

    @Test
    void aMissingPageIsSaidAndItsAnswersLeftBlank() {
        ScanOutcome outcome = ScanResponses.assemble(List.of(page(1, "A", 1, 2, "2024-7", read(Q1, "B"))), 2, "run");
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.problems()).containsExactly("set A, roll 2024-7: page 2 of 2 is not among the scans — scan"
                + " it, or type its answers into responses.csv.");
        String csv = new String(outcome.responses(), StandardCharsets.UTF_8);
        assertThat(csv).contains("2024-7,,A,B,,page 2 of 2 missing");
        assertThat(outcome.review()).isNotNull();
    }

    @Test
    void theSameRollOnSheetsOfTwoSetsIsSaid() {
        ScanOutcome outcome = ScanResponses.assemble(List.of(page(1, "A", 1, 1, "17", read(Q1, "A")),
                page(2, "B", 1, 1, "17", read(Q1, "B"))), 2, "run");
        assertThat(outcome.problems()).singleElement().asString()
                .startsWith("scan2.png: roll 17 again, on a sheet of set B (scan1.png is set A)");
    }

    @Test
    void aDoubtIsLeftBlankAndNamedInTheReviewColumn() {
        RowReading doubtful = new RowReading(Q2, "A;B", "multiple: 2 marks (A, B) where one is allowed",
                List.of(FILLED, FILLED));
        ScanOutcome outcome = ScanResponses.assemble(List.of(page(1, "A", 1, 1, "5", read(Q1, "A"), doubtful)), 2,
                "run");
        assertThat(outcome.doubts()).isEqualTo(1);
        String csv = new String(outcome.responses(), StandardCharsets.UTF_8);
        assertThat(csv).contains("5,,A,A,,\"2: multiple: 2 marks (A, B) where one is allowed, would read A;B\"");
    }

    @Test
    void aClearSheetIsComplete() {
        ScanOutcome outcome = ScanResponses.assemble(List.of(page(1, "A", 1, 1, "5", read(Q1, "A"), read(Q2, "B"))), 2,
                "run");
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.review()).isNull();
        assertThat(new String(outcome.responses(), StandardCharsets.UTF_8)).contains("5,,A,A,B,\r\n");
    }
}
