package papersetter.scan;

/**
 * What one spot on a scan holds, judged against its own sheet.
 *
 * @param darkness the spot's mean darkness above the sheet's empty spots, 0 (as an empty spot) to 1 (ink black)
 * @param coverage the share of the spot covered by marks, above the sheet's empty spots
 */
record Mark(double darkness, double coverage, State state) {
    enum State {
        FILLED, EMPTY,
        /** Neither clearly filled nor clearly empty: erased, crossed out, a stroke or a faint smudge. */
        DOUBTFUL
    }

    /** A pen's marks: what a sheet without any clear mark is judged against. */
    static final double PEN = 0.85;
    /** The lightest hand a sheet is judged against: lighter marks than this are too faint to tell from an erasure. */
    static final double LIGHTEST = 0.12;

    /**
     * A filled bubble holds most of the student's own ink (see {@code SheetReader}) over most of
     * it; an empty one barely differs from the sheet's other empty bubbles. Anything between, an
     * erasure, a cross, a dot or a stroke, is doubtful.
     *
     * @param weakest the lightest of five small patches across the bubble (centre, above, right,
     *     below, left): a fill darkens them all, a cross or a dot leaves some of them paper
     * @param ink how dark this student's clear marks are, as a share of the sheet's ink black
     */
    static State judgeBubble(double darkness, double coverage, double weakest, double ink) {
        if (darkness >= 0.55 * ink && coverage >= 0.70 && weakest >= 0.45 * ink) {
            return State.FILLED;
        }
        if (darkness <= 0.04 && coverage <= 0.15) {
            return State.EMPTY;
        }
        return State.DOUBTFUL;
    }

    /** A marker's box counts as marked by a tick or a cross as much as by a fill, so less ink is enough. */
    static State judgeBox(double darkness, double coverage) {
        if (darkness >= 0.04 && coverage >= 0.10) {
            return State.FILLED;
        }
        if (darkness <= 0.05 && coverage <= 0.06) {
            return State.EMPTY;
        }
        return State.DOUBTFUL;
    }
}
