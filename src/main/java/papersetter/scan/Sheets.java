package papersetter.scan;

import java.util.List;

/**
 * What the reader needs to know of a run's answer sheets: where every sheet's corner marks and QR
 * code stand, and, for what a QR code says, which sheet it is and what to read on it.
 */
interface Sheets {
    SheetFrame frame();

    /**
     * The sheet a QR code names.
     *
     * @throws NotOurs when the code is not one of this run's sheets (another run, a tampered code)
     */
    Identity identify(String code) throws NotOurs;

    /**
     * One page of one sheet.
     *
     * @param roll the student's roll number printed on a personalised sheet, or null (then the roll grid says it)
     * @param name the student's name printed on a personalised sheet, or ""
     * @param rollRows the roll grid's digit rows, empty on a personalised sheet
     * @param rows the question rows on this page, keyed by the printed question number
     */
    record Identity(String set, int page, int pages, String roll, String name, List<SheetRow> rollRows,
            List<SheetRow> rows) {
        public Identity {
            rollRows = List.copyOf(rollRows);
            rows = List.copyOf(rows);
        }
    }

    final class NotOurs extends Exception {
        NotOurs(String message) {
            super(message, null, false, false);
        }
    }
}
