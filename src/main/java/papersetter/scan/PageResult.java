package papersetter.scan;

import java.util.List;

/**
 * What one scanned page gave: the sheet it is and its readings, or why it could not be read.
 *
 * @param identity the sheet, or null when the page was not found or not this run's
 * @param problem why the page gave no readings, in a trainer's words, or null
 * @param readings roll digits first (when the sheet has a grid), then the questions, in sheet order
 * @param crops a picture of each doubtful row (same order as the doubtful readings), or of the
 *     whole page when it could not be read
 */
record PageResult(int number, String where, Sheets.Identity identity, String problem, List<RowReading> readings,
        List<Crop> crops) {
    PageResult {
        readings = List.copyOf(readings);
        crops = List.copyOf(crops);
    }

    static PageResult failed(ScanPage page, String problem, Crop thumbnail) {
        return new PageResult(page.number(), page.where(), null, problem, List.of(),
                thumbnail == null ? List.of() : List.of(thumbnail));
    }
}
