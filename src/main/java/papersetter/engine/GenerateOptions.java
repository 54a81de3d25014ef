package papersetter.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import papersetter.bank.ShippedBank;
import papersetter.formats.Format;
import papersetter.formats.SetExport;
import papersetter.model.BadInputException;
import papersetter.model.QuestionType;
import papersetter.render.Layout;
import papersetter.render.Layouts;
import papersetter.render.PaperInfo;
import papersetter.select.Equivalence;
import papersetter.select.Filter;
import papersetter.select.PaperSpec;
import papersetter.select.SpecReader;
import papersetter.select.Vary;

/**
 * What a front door was given for a run, as given: null (or empty) for what was not. Here, and
 * nowhere in the front doors, the options are merged with a spec file and defaults, and checked
 * against each other; {@link GenerateRequest} then checks every limit. So the command line, a
 * reprint and tests all meet the same rules.
 *
 * @param count a number of questions, or {@code all}
 * @param from a manifest to reprint; then only the layout, header, {@code only} and {@code out} may be given
 * @param only with {@code from}, the sets to print
 * @param answerSheets {@code files} or {@code print} to write answer sheets (generate --answer-sheets), or null
 *     for what the layout says
 * @param students a class list for personalised answer sheets, or null
 */
public record GenerateOptions(
        Path bank,
        List<String> levels,
        List<String> topics,
        List<String> types,
        String count,
        Integer sets,
        Long seed,
        Path out,
        String layout,
        Path spec,
        Vary vary,
        Integer maxOverlap,
        Equivalence equivalent,
        Integer avoidRecent,
        List<String> exports,
        Boolean pdfA,
        Path from,
        List<String> only,
        String title,
        String course,
        String institution,
        String duration,
        String date,
        String answerSheets,
        Path students) {

    public static final int DEFAULT_COUNT = 20;
    public static final int DEFAULT_SETS = 2;
    public static final String DEFAULT_OUT = "output";

    public GenerateOptions {
        levels = levels == null ? List.of() : List.copyOf(levels);
        topics = topics == null ? List.of() : List.copyOf(topics);
        types = types == null ? List.of() : List.copyOf(types);
        only = only == null ? List.of() : List.copyOf(only);
        exports = exports == null ? List.of() : List.copyOf(exports);
    }

    /** No options at all: the shipped bank, two sets of twenty questions. */
    public static GenerateOptions none() {
        return new GenerateOptions(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean isReprint() {
        return from != null;
    }

    /** The run these options ask for: a spec's sections and header, or the filter and count, with defaults. */
    public GenerateRequest request() {
        if (isReprint()) {
            throw new IllegalStateException("a reprint is asked for with reprintRequest()");
        }
        if (!only.isEmpty()) {
            throw new BadInputException("--only picks sets of a recorded run; use it with --from MANIFEST.");
        }
        Path bankPath = ShippedBank.orDefault(bank);
        OptionalLong chosenSeed = seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
        Path outDir = out == null ? Path.of(DEFAULT_OUT) : out;
        Vary howVary = vary == null ? Vary.ORDER : vary;
        OptionalInt overlap = maxOverlap == null ? OptionalInt.empty() : OptionalInt.of(maxOverlap);
        int avoid = avoidRecent == null ? 0 : avoidRecent;
        int setCount = sets == null ? DEFAULT_SETS : sets;
        if (spec != null) {
            refuseWithSpec();
            PaperSpec paperSpec = SpecReader.read(ShippedBank.find(spec));
            String layoutName = layout != null ? layout : paperSpec.layout().orElse(Layouts.DEFAULT);
            PaperInfo info = new PaperInfo(
                    title != null ? title : paperSpec.title().orElse(defaultTitle(bankPath)),
                    course != null ? course : paperSpec.course().orElse(""),
                    institution != null ? institution : paperSpec.institution().orElse(null),
                    duration != null ? duration : paperSpec.duration().orElse(null),
                    date != null ? date : paperSpec.date().orElse(null));
            return new GenerateRequest(bankPath, Filter.ANY, 0, setCount, chosenSeed, outDir, info,
                    layout(layoutName), paperSpec, howVary, overlap, avoid, layoutName, equivalent, exportFormats(), students);
        }
        Filter filter = new Filter(Set.copyOf(levels), Set.copyOf(topics), types(types));
        int questions = count(count);
        PaperInfo info = new PaperInfo(title != null ? title : defaultTitle(bankPath),
                course != null ? course : defaultCourse(levels), institution, duration, date);
        String layoutName = layout == null ? Layouts.DEFAULT : layout;
        // With --count all the spec is made once the bank says how many match (Pipeline).
        PaperSpec paperSpec = PaperSpec.simple(filter, questions == GenerateRequest.ALL ? 1 : questions);
        return new GenerateRequest(bankPath, filter, questions, setCount, chosenSeed, outDir, info,
                layout(layoutName), paperSpec, howVary, overlap, avoid, layoutName, equivalent, exportFormats(), students);
    }

    /**
     * A layout by name or file, written as PDF/A-2b when {@code --pdfa} asks (as its setting {@code pdf-a: true} does),
     * with answer sheets when {@code --answer-sheets} asks (as {@code answer-sheet: true} or {@code print} does).
     */
    private Layout layout(String name) {
        Layout loaded = Layouts.load(name);
        Layout written = Boolean.TRUE.equals(pdfA) ? loaded.withPdfA(true) : loaded;
        return answerSheets == null ? written : written.withAnswerSheets(sheetMode(answerSheets));
    }

    static Layout.SheetMode sheetMode(String given) {
        return switch (given.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "files", "true" -> Layout.SheetMode.FILES;
            case "print" -> Layout.SheetMode.PRINT;
            case "none", "false" -> Layout.SheetMode.NONE;
            default -> throw new BadInputException("--answer-sheets takes 'files' (a sheet-A.pdf per set, the default)"
                    + " or 'print' (also in the print file, after each set's paper); it was '" + given.strip() + "'.");
        };
    }

    /** The --export formats, checked before anything is drawn; each once, in the order given. */
    private List<Format> exportFormats() {
        List<Format> formats = new ArrayList<>();
        for (String name : exports) {
            Format format = Format.byLabel(name.strip()).filter(SetExport.FORMATS::contains).orElseThrow(() ->
                    new BadInputException("--export " + name + " is not a format a run exports; use moodle-xml, gift"
                            + " or qti."));
            if (!formats.contains(format)) {
                formats.add(format);
            }
        }
        return formats;
    }

    /** The recorded run to print again; only how it looks, which sets, and where may be given. */
    public ReprintRequest reprintRequest() {
        Map<String, Boolean> notWithFrom = new LinkedHashMap<>();
        notWithFrom.put("--bank", bank != null);
        notWithFrom.put("--level", !levels.isEmpty());
        notWithFrom.put("--topic", !topics.isEmpty());
        notWithFrom.put("--type", !types.isEmpty());
        notWithFrom.put("--count", count != null);
        notWithFrom.put("--sets", sets != null);
        notWithFrom.put("--seed", seed != null);
        notWithFrom.put("--spec", spec != null);
        notWithFrom.put("--vary", vary != null);
        notWithFrom.put("--max-overlap", maxOverlap != null);
        notWithFrom.put("--equivalent", equivalent != null);
        notWithFrom.put("--export", !exports.isEmpty());
        notWithFrom.put("--pdfa", Boolean.TRUE.equals(pdfA));
        notWithFrom.put("--avoid-recent", avoidRecent != null);
        notWithFrom.put("--answer-sheets", answerSheets != null);
        notWithFrom.put("--students", students != null);
        notWithFrom.forEach((option, given) -> {
            if (given) {
                throw new BadInputException(option + " cannot be used with --from: a reprint prints the questions,"
                        + " order and options the manifest records. Only --out, --layout, --only and the header"
                        + " (--title, --course, --institution, --duration, --date) may be given with it.");
            }
        });
        return new ReprintRequest(from, out == null ? Path.of(DEFAULT_OUT) : out, Optional.ofNullable(layout),
                new ReprintRequest.Header(title, course, institution, duration, date), only);
    }

    private void refuseWithSpec() {
        Map<String, Boolean> notWithSpec = new LinkedHashMap<>();
        notWithSpec.put("--level", !levels.isEmpty());
        notWithSpec.put("--topic", !topics.isEmpty());
        notWithSpec.put("--type", !types.isEmpty());
        notWithSpec.put("--count", count != null);
        notWithSpec.forEach((option, given) -> {
            if (given) {
                throw new BadInputException(option + " cannot be used with --spec: the spec's sections say what to"
                        + " draw. Change the spec, or leave out --spec.");
            }
        });
    }

    /** A number of questions, or {@link GenerateRequest#ALL}; the request checks the number's range. */
    static int count(String given) {
        if (given == null) {
            return DEFAULT_COUNT;
        }
        String text = given.strip();
        if (text.equalsIgnoreCase("all")) {
            return GenerateRequest.ALL;
        }
        try {
            int number = Integer.parseInt(text);
            if (number < 1) {
                throw new BadInputException("--count must be at least 1, or 'all' for every matching question"
                        + " (it was " + number + ").");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadInputException("--count takes a number of questions, or 'all' for every matching question"
                    + " (it was '" + text + "').");
        }
    }

    static Set<QuestionType> types(List<String> words) {
        Set<QuestionType> types = new LinkedHashSet<>();
        for (String word : words) {
            if (word.isBlank()) {
                continue;
            }
            types.add(QuestionType.parse(word).orElseThrow(() -> new BadInputException("Unknown question type '"
                    + word.trim() + "' in --type. Use any of: mcq, multi, truefalse, fill, short, long.")));
        }
        return types;
    }

    static String defaultTitle(Path bank) {
        return Pipeline.bankNameForTitle(bank) + " test";
    }

    static String defaultCourse(List<String> levels) {
        Set<String> distinct = new LinkedHashSet<>();
        levels.forEach(level -> distinct.add(level.trim().toLowerCase(Locale.ROOT)));
        distinct.remove("");
        if (distinct.isEmpty()) {
            return "";
        }
        String joined = String.join(" and ", new ArrayList<>(distinct));
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + " level";
    }
}
