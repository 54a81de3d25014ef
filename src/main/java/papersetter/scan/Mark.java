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

    /** Filled bubbles: pen or pencil over most of the bubble; an empty one barely differs from the sheet's others. */
    static State judgeBubble(double darkness, double coverage) {
        if (darkness >= 0.33 && coverage >= 0.75) {
            return State.FILLED;
        }
        if (darkness <= 0.08 && coverage <= 0.10) {
            return State.EMPTY;
        }
        return State.DOUBTFUL;
    }

    /** A marker's box counts as marked by a tick or a cross as much as by a fill, so less ink is enough. */
    static State judgeBox(double darkness, double coverage) {
        if (darkness >= 0.10 && coverage >= 0.12) {
            return State.FILLED;
        }
        if (darkness <= 0.04 && coverage <= 0.05) {
            return State.EMPTY;
        }
        return State.DOUBTFUL;
    }
}
