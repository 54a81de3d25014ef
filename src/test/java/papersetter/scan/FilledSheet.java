package papersetter.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A clean sheet filled by a simulated student (one pen or one pencil for the whole sheet) and
 * marker, with what each row truly says: its value, or that it is doubtful.
 */
record FilledSheet(BufferedImage image, Map<String, Truth> truths, Map<String, Map<Integer, Mark.State>> hands) {
    /** A row's truth: doubtful (a reader must flag it), or the value a reader must give. */
    record Truth(boolean doubtful, String value) {
    }

    /**
     * @param answers what the student means to answer per row key (a label, or labels joined by ';'
     *     for multi; "" for none), or null to let the random choose
     * @param doubts whether hands may leave doubtful marks (erased, crossed out, half, two marks)
     */
    static FilledSheet fill(BufferedImage clean, double dpi, List<SheetRow> rows, Map<String, String> answers,
            boolean doubts, Random random) {
        BufferedImage image = new BufferedImage(clean.getWidth(), clean.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setRect(clean.getRaster());
        ScanSimulator.Hand instrument = random.nextBoolean() ? ScanSimulator.Hand.PEN : ScanSimulator.Hand.PENCIL;
        double ink = instrument == ScanSimulator.Hand.PEN ? random.nextDouble(0.8, 1) : random.nextDouble(0.38, 0.65);
        Map<String, Truth> truths = new LinkedHashMap<>();
        Map<String, Map<Integer, Mark.State>> marked = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            int n = row.spots().size();
            ScanSimulator.Hand[] hands = new ScanSimulator.Hand[n];
            java.util.Arrays.fill(hands, ScanSimulator.Hand.NONE);
            String wanted = answers == null ? null : answers.get(row.key());
            if (wanted != null) {
                for (String label : wanted.split(";")) {
                    int at = row.labels().indexOf(label);
                    if (at >= 0) {
                        hands[at] = row.kind() == SheetRow.Kind.BOX && random.nextBoolean() ? ScanSimulator.Hand.TICK
                                : row.kind() == SheetRow.Kind.BOX ? ScanSimulator.Hand.PEN : instrument;
                    }
                }
            } else {
                int choice = random.nextInt(n + 1) - 1; // -1: left blank
                if (choice >= 0 || row.key().startsWith("roll")) {
                    choice = Math.max(choice, 0);
                    hands[choice] = row.kind() == SheetRow.Kind.BOX
                            ? (random.nextBoolean() ? ScanSimulator.Hand.TICK : ScanSimulator.Hand.PEN) : instrument;
                }
                if (row.kind() == SheetRow.Kind.ANY && random.nextBoolean()) {
                    hands[(choice + 1 + random.nextInt(n - 1)) % n] = instrument;
                }
                if (doubts && row.kind() != SheetRow.Kind.BOX && random.nextInt(6) == 0) {
                    int at = random.nextInt(n);
                    if (hands[at] == ScanSimulator.Hand.NONE) {
                        ScanSimulator.Hand[] odd = {ScanSimulator.Hand.ERASED, ScanSimulator.Hand.CROSSED_OUT,
                                ScanSimulator.Hand.HALF, instrument};
                        hands[at] = odd[random.nextInt(odd.length)];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (hands[i] == ScanSimulator.Hand.NONE && random.nextInt(12) == 0) {
                    hands[i] = ScanSimulator.Hand.STRAY_DOT;
                }
                // A marker ticks the boxes with their own dark pen.
                double hand = row.kind() == SheetRow.Kind.BOX ? 0.9 : ink;
                ScanSimulator.mark(image, dpi, row.spots().get(i), hands[i], hand, random);
            }
            truths.put(row.key(), truth(row, hands));
            Map<Integer, Mark.State> states = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                states.put(i, hands[i].truth);
            }
            marked.put(row.key(), states);
        }
        return new FilledSheet(image, truths, marked);
    }

    static Truth truth(SheetRow row, ScanSimulator.Hand[] hands) {
        List<String> filled = new ArrayList<>();
        boolean doubtful = false;
        for (int i = 0; i < hands.length; i++) {
            if (hands[i].truth == Mark.State.DOUBTFUL) {
                doubtful = true;
            } else if (hands[i].truth == Mark.State.FILLED) {
                filled.add(row.labels().get(i));
            }
        }
        if (row.kind() != SheetRow.Kind.ANY && filled.size() > 1) {
            doubtful = true;
        }
        return new Truth(doubtful, doubtful ? null : String.join(";", filled));
    }
}
