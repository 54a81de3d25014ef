package papersetter.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import papersetter.model.Letters;
import papersetter.model.Marks;
import papersetter.model.OptionLabels;
import papersetter.model.Paper;
import papersetter.model.PaperItem;

/**
 * What a run made, in a form a program can read back: the seed and options to regenerate it, and
 * for every set the question ids in printed order with each item's option permutation and key.
 * It holds no clock time, so the same run gives the same bytes.
 *
 * <p>The one schema of {@code manifest.json}: {@link ManifestWriter} writes these records and
 * {@link ManifestReader} reads them back, in the order of their components. A component that is
 * null is left out of the file. Version 1 (manifests written before the file said its version)
 * has the same shape without {@code version}.
 *
 * @param papersetter the papersetter version that made the run
 * @param version the manifest's format, {@link #VERSION} when written now
 * @param drawing how the sets came out; null when a manifest does not say
 * @param sheets the run's answer sheets; null when it printed none (and in manifests made before sheets)
 */
public record Manifest(
        String papersetter,
        Integer version,
        Long seed,
        Options request,
        List<BankFile> bankFiles,
        String printFile,
        String keysFile,
        Drawing drawing,
        List<SetEntry> sets,
        Sheets sheets) {

    /** The format written now. 1: no {@code version} field (read as 1). 2: {@code version} added. */
    public static final int VERSION = 2;

    /**
     * The run's options as they were resolved (ordered: this is what a person reads first). Options
     * that a plain run does not use are null and left out.
     *
     * @param pdfA true when the PDFs were written as PDF/A-2b; null otherwise
     * @param layoutSource the layout as given, when it is not the layout's name (a file)
     * @param equivalent with {@code vary: questions}, what another set's item shares with set A's, when
     *     it is not the topic ({@code type}); null for the topic
     * @param avoided the ids left out by {@code avoidRecent}
     * @param wrong the spec's negative marking, the share of an objective item's marks a wrong answer
     *     costs (e.g. "-0.25"): printed in the instructions, and {@code mark}'s default for {@code --wrong};
     *     null when the spec sets none (and in manifests made before it was recorded)
     */
    public record Options(
            String bank,
            List<String> level,
            List<String> topic,
            List<String> type,
            Integer count,
            Integer sets,
            String layout,
            Boolean pdfA,
            String title,
            String course,
            String institution,
            String duration,
            String date,
            String layoutSource,
            String layoutSha256,
            String spec,
            String specSha256,
            List<String> instructions,
            String vary,
            Integer maxOverlap,
            String equivalent,
            Integer avoidRecent,
            List<String> avoided,
            String wrong) {

        /** The same options printed with another layout and header (a reprint in large print, say). */
        public Options withLayoutAndHeader(String layout, String layoutSource, String layoutSha256, String title,
                String course, String institution, String duration, String date) {
            return new Options(bank, level, topic, type, count, sets, layout, pdfA, title, course, institution, duration,
                    date, layoutSource, layoutSha256, spec, specSha256, instructions, vary, maxOverlap, equivalent,
                    avoidRecent, avoided, wrong);
        }
    }

    /** A bank file and its SHA-256, so a reprint can tell whether the bank changed. */
    public record BankFile(String path, String sha256) {
    }

    /**
     * How far apart the sets came out. The table of every pair grows with the square of the sets,
     * so it is null beyond 26 sets; the rest grows with the sets.
     *
     * @param overlap how many questions each pair of sets shares, "A-B" first
     * @param maxOverlapSets the first two sets that share {@code maxOverlap}, e.g. "A-C"
     * @param closest for each set, the set it shares most with
     * @param meanDifficulty for each set, its items' mean difficulty with two decimals
     */
    public record Drawing(Map<String, Integer> overlap, Integer maxOverlap, String maxOverlapSets,
            Map<String, Closest> closest, Map<String, String> meanDifficulty) {
    }

    public record Closest(String set, Integer shares) {
    }

    /** One set: its files, and its questions in printed order, in sections. */
    public record SetEntry(String set, String code, String paper, String key, String totalMarks,
            List<SectionEntry> sections, List<Item> questions) {

        /** @param labels how the paper labels its options: each item's printed answer names them alike */
        public static SetEntry of(Paper paper, String paperFile, String keyFile, OptionLabels labels) {
            List<SectionEntry> sections = new ArrayList<>();
            for (papersetter.model.Section section : paper.sections()) {
                sections.add(new SectionEntry(section.heading(), section.instructions(),
                        section.items().get(0).number(), section.items().get(section.items().size() - 1).number(),
                        Marks.format(section.marks()), section.wrong() == null ? null : Marks.format(section.wrong())));
            }
            List<Item> items = new ArrayList<>();
            for (PaperItem item : paper.items()) {
                items.add(Item.of(item, labels));
            }
            return new SetEntry(paper.set(), paper.code(), paperFile, keyFile, Marks.format(paper.totalMarks()),
                    sections, items);
        }
    }

    /**
     * A section's heading and instructions and the numbers of its first and last question.
     *
     * @param wrong the section's own negative marking (see {@link Options#wrong}); null when it has none
     */
    public record SectionEntry(String heading, String instructions, Integer first, Integer last, String marks,
            String wrong) {
    }

    /**
     * A question as printed.
     *
     * @param options printed option A shows the bank's option {@code options[0]}, B shows {@code options[1]}, …;
     *        null for items without options
     * @param answer the printed letters of the right options, {@code ;}-separated
     */
    public record Item(Integer number, String id, String type, String marks, List<String> options, String answer) {

        static Item of(PaperItem item, OptionLabels labels) {
            boolean choices = !item.optionOrder().isEmpty();
            // The answer as printed, named as the key names it ("b" on a paper lettered "(a)").
            return new Item(item.number(), item.question().id(), item.question().type().label(),
                    Marks.format(item.question().marks()),
                    choices ? item.optionOrder().stream().map(Letters::of).toList() : null,
                    choices ? String.join(";", item.correctNames(labels)) : null);
        }
    }

    /**
     * The answer sheets a run printed, with all a scan reader needs to plan each set's sheet again
     * ({@code papersetter.sheet.SheetPlanner}) and tell this run's sheets from another's.
     *
     * @param run the run's identity as each sheet's QR code gives it: 12 hexadecimal digits of a
     *     hash of the run's seed, sets and students
     * @param pageWidth the sheet's page width in points, as Java writes a float
     * @param pageHeight the sheet's page height in points
     * @param rollDigits how many digits the roll-number grid has
     * @param optionLabels how the papers label their options (a layout's {@code option-labels}, e.g. {@code A)}):
     *     the bubbles carry the same labels
     * @param files each set's sheet file, in the order of {@link Manifest#sets}
     * @param students who got which set, in the roster's order; null when the sheets were not personalised
     */
    public record Sheets(String run, String pageWidth, String pageHeight, Integer rollDigits, String optionLabels,
            List<SheetFile> files, List<StudentEntry> students) {
    }

    /** A set's answer sheet file, e.g. {@code sheet-A.pdf}. */
    public record SheetFile(String set, String file) {
    }

    /** A student of the roster, and the set they sit (and whose sheet carries their name and roll). */
    public record StudentEntry(String roll, String name, String set) {
    }
}
