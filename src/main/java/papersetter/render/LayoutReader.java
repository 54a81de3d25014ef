package papersetter.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papersetter.config.YamlFile;
import papersetter.config.YamlMap;
import papersetter.model.OptionLabels;

/**
 * Reads a layout file: YAML whose settings override the layout it {@code extends} (the built-in
 * exam layout when it names none). Every problem is reported with its line, all at once.
 */
final class LayoutReader {
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(pt|mm|cm|in)?\\s*");
    private static final Map<String, float[]> PAGE_SIZES = Map.of(
            "a4", new float[] {595.28f, 841.89f},
            "letter", new float[] {612, 792},
            "a5", new float[] {419.53f, 595.28f},
            "legal", new float[] {612, 1008});
    private static final List<String> FACTS = List.of("duration", "questions", "total-marks", "date");

    private final Function<String, Layout> parents;
    private final Set<Path> reading;

    /**
     * @param parents finds the layout a file extends, by name or path
     * @param reading files being read, to refuse a layout that extends itself
     */
    LayoutReader(Function<String, Layout> parents, Set<Path> reading) {
        this.parents = parents;
        this.reading = reading;
    }

    Layout read(Path file) {
        YamlMap root = YamlFile.read(file);
        root.rejectUnknown(List.of("name", "extends", "page", "fonts", "header", "candidate", "instructions",
                "sections", "numbering", "marks", "answer-space", "columns", "column-gap", "options", "option-labels", "footer",
                "watermark", "answers", "key", "language", "pdf-a", "cover", "answer-sheet", "roll-digits"));
        Layout base = root.string("extends").flatMap(parent -> parent(root, file, parent)).orElse(Layout.DEFAULTS);
        String name = root.string("name").orElse(file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));

        Layout.Page page = page(root, base.page());
        Layout.Fonts fonts = fonts(root, base.fonts(), file);
        Layout.Header read = header(root, base.header(), file);
        // A cover page is the header's page of its own: the setting sits at the top of the file.
        Layout.Header header = new Layout.Header(read.caption(), read.logo(), read.facts(),
                root.bool("cover").orElse(read.cover()));
        List<String> fields = base.candidateFields();
        Layout.CandidateStyle candidateStyle = base.candidateStyle();
        Optional<YamlMap> candidate = root.map("candidate");
        if (candidate.isPresent()) {
            YamlMap c = candidate.get();
            c.rejectUnknown(List.of("fields", "style"));
            fields = c.strings("fields").orElse(fields);
            candidateStyle = c.choice("style", Map.of("boxes", Layout.CandidateStyle.BOXES,
                    "line", Layout.CandidateStyle.LINE)).orElse(candidateStyle);
        }
        List<String> instructions = root.strings("instructions").orElse(base.instructions());
        boolean sectionHeadings = base.sectionHeadings();
        boolean sectionMarks = base.sectionMarks();
        Layout.SectionsBy sectionsBy = base.sectionsBy();
        Optional<YamlMap> sections = root.map("sections");
        if (sections.isPresent()) {
            sections.get().rejectUnknown(List.of("headings", "marks", "by"));
            sectionHeadings = sections.get().bool("headings").orElse(sectionHeadings);
            sectionMarks = sections.get().bool("marks").orElse(sectionMarks);
            sectionsBy = sections.get().choice("by", Map.of("type", Layout.SectionsBy.TYPE,
                    "topic", Layout.SectionsBy.TOPIC)).orElse(sectionsBy);
        }
        String numbering = root.string("numbering").orElse(base.numbering());
        if (!numbering.contains("{n}")) {
            root.problem("numbering", "numbering is '" + numbering + "' — it must contain {n} where the number goes, e.g. \"{n}.\" or \"Q{n}\"");
            numbering = base.numbering();
        }
        boolean marks = root.bool("marks").orElse(base.showMarks());
        Layout.AnswerSpace answerSpace = answerSpace(root, base.answerSpace());
        int columns = root.integer("columns", 1, 2).orElse(base.columns());
        float columnGap = length(root, "column-gap", 0, 72).orElse(base.columnGap());
        Layout.OptionLayout options = root.choice("options", Map.of("stacked", Layout.OptionLayout.STACKED,
                "inline", Layout.OptionLayout.INLINE, "auto", Layout.OptionLayout.AUTO)).orElse(base.options());
        // Read exactly as written: "A)" and "a)" are different styles.
        OptionLabels optionLabels = root.string("option-labels").flatMap(text -> {
            Optional<OptionLabels> labels = OptionLabels.of(text);
            if (labels.isEmpty()) {
                root.problem("option-labels", "option-labels is '" + text + "' — use one of: " + OptionLabels.settings()
                        + " (in quotes, e.g. option-labels: \"(a)\")");
            }
            return labels;
        }).orElse(base.optionLabels());
        Layout.Footer footer = base.footer();
        Optional<YamlMap> footerMap = root.map("footer");
        if (footerMap.isPresent()) {
            YamlMap f = footerMap.get();
            f.rejectUnknown(List.of("page-numbers", "set", "code"));
            footer = new Layout.Footer(f.bool("page-numbers").orElse(footer.pageNumbers()),
                    f.bool("set").orElse(footer.set()), f.bool("code").orElse(footer.code()));
        }
        String watermark = root.string("watermark").orElse(base.watermark());
        boolean answers = root.bool("answers").orElse(base.showAnswers());
        Layout.KeyLayout key = base.key();
        Optional<YamlMap> keyMap = root.map("key");
        if (keyMap.isPresent()) {
            YamlMap k = keyMap.get();
            k.rejectUnknown(List.of("grid", "explanations", "body"));
            key = new Layout.KeyLayout(k.bool("grid").orElse(key.grid()),
                    k.bool("explanations").orElse(key.explanations()),
                    k.number("body", 6, 24).map(Double::floatValue).orElse(key.bodySize()));
        }
        String language = root.string("language").orElse(base.output().language());
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            root.problem("language", "language is '" + language
                    + "' — give the language of the papers as a tag such as en, en-GB, hi or ar");
            language = base.output().language();
        }
        Layout.Output output = new Layout.Output(language, root.bool("pdf-a").orElse(base.output().pdfA()));
        Layout.AnswerSheet answerSheet = answerSheet(root, base.answerSheet());
        root.source().finish();
        Layout layout = new Layout(name, page, fonts, header, fields, candidateStyle, instructions, sectionHeadings,
                sectionMarks, sectionsBy, numbering, marks, answerSpace, columns, columnGap, options, footer, watermark, answers,
                key, optionLabels, output, answerSheet);
        checkFits(root, layout);
        return layout;
    }

    /** {@code answer-sheet: true | false | print} and {@code roll-digits: 1 … 12}. */
    private static Layout.AnswerSheet answerSheet(YamlMap root, Layout.AnswerSheet base) {
        Layout.SheetMode mode = root.string("answer-sheet").flatMap(text -> {
            switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on":
                    return Optional.of(Layout.SheetMode.FILES);
                case "false", "no", "off":
                    return Optional.of(Layout.SheetMode.NONE);
                case "print":
                    return Optional.of(Layout.SheetMode.PRINT);
                default:
                    root.problem("answer-sheet", "answer-sheet is '" + text + "' — use true (a sheet-A.pdf per set),"
                            + " print (also in the print file, after each set's paper) or false");
                    return Optional.empty();
            }
        }).orElse(base.mode());
        int digits = root.integer("roll-digits", 1, papersetter.sheet.SheetPlanner.MAX_ROLL_DIGITS)
                .orElse(base.rollDigits());
        return new Layout.AnswerSheet(mode, digits);
    }

    /**
     * The layout this one extends: a shipped layout's name, or a file whose path is read from this
     * file's folder (as a logo's is), so a layout and the one it extends can be moved together.
     */
    private Optional<Layout> parent(YamlMap root, Path file, String parent) {
        String name = parent.strip();
        if (name.indexOf('\0') >= 0) {
            root.problem("extends", "extends holds a character no file name can hold — give a shipped layout's name"
                    + " or the path of a layout file");
            return Optional.empty();
        }
        if (Layouts.isPath(name)) {
            Path folder = file.toAbsolutePath().getParent();
            Path resolved = folder.resolve(name).normalize();
            if (!Files.isRegularFile(resolved)) {
                root.problem("extends", "extends names '" + name + "', but there is no such file (looked for " + resolved
                        + ") — a path here is read from this layout's folder; or use a shipped layout: "
                        + String.join(", ", Layouts.shipped()));
                return Optional.empty();
            }
            return Optional.of(parents.apply(resolved.toString()));
        }
        if (!name.equals(Layouts.DEFAULT) && Layouts.locate(name) == null) {
            root.problem("extends", "extends names '" + name + "', which is not a shipped layout — use one of: "
                    + String.join(", ", Layouts.shipped()) + ", or the path of a layout file");
            return Optional.empty();
        }
        return Optional.of(parents.apply(name));
    }

    private Layout.Page page(YamlMap root, Layout.Page base) {
        Optional<YamlMap> pageMap = root.map("page");
        if (pageMap.isEmpty()) {
            return base;
        }
        YamlMap page = pageMap.get();
        page.rejectUnknown(List.of("size", "margins"));
        float width = base.width();
        float height = base.height();
        Optional<String> size = page.string("size");
        if (size.isPresent()) {
            float[] dims = PAGE_SIZES.get(size.get().trim().toLowerCase(Locale.ROOT));
            if (dims == null) {
                page.problem("size", "size is '" + size.get() + "' — use one of: A4, Letter, A5, Legal");
            } else {
                width = dims[0];
                height = dims[1];
            }
        }
        float top = base.marginTop();
        float bottom = base.marginBottom();
        float left = base.marginLeft();
        float right = base.marginRight();
        if (page.isMap("margins")) {
            YamlMap m = page.map("margins").orElseThrow();
            m.rejectUnknown(List.of("top", "bottom", "left", "right"));
            top = length(m, "top", 18, 144).orElse(top);
            bottom = length(m, "bottom", 30, 144).orElse(bottom);
            left = length(m, "left", 18, 144).orElse(left);
            right = length(m, "right", 18, 144).orElse(right);
        } else if (page.has("margins")) {
            // One length for all four; the bottom one holds the footer, so it is no less than 30 pt.
            Optional<Float> all = length(page, "margins", 18, 144);
            if (all.isPresent()) {
                top = left = right = all.get();
                bottom = Math.max(30, all.get());
            }
        }
        return new Layout.Page(width, height, top, bottom, left, right);
    }

    private Layout.Fonts fonts(YamlMap root, Layout.Fonts base, Path file) {
        Optional<YamlMap> fontsMap = root.map("fonts");
        if (fontsMap.isEmpty()) {
            return base;
        }
        YamlMap f = fontsMap.get();
        f.rejectUnknown(List.of("family", "body", "title", "code", "small", "leading", "regular", "bold", "italic", "mono",
                "fallback"));
        Layout.FontFiles files = base.files();
        Optional<List<String>> fallbackNames = f.strings("fallback");
        List<String> fallback = files.fallback();
        if (fallbackNames.isPresent()) {
            fallback = new ArrayList<>();
            for (String name : fallbackNames.get()) {
                if (name.strip().equalsIgnoreCase("bundled")) {
                    fallback.add("bundled");
                    continue;
                }
                fontFile(f, "fallback", name, file).ifPresent(fallback::add);
            }
            // "bundled" stands for every bundled fallback font not named before or after it, in the usual order.
            int at = fallback.indexOf("bundled");
            if (at >= 0) {
                fallback.remove(at);
                List<String> rest = new ArrayList<>(BundledFonts.FALLBACK_ORDER);
                rest.removeAll(fallback);
                fallback.addAll(at, rest);
            }
        }
        files = new Layout.FontFiles(
                face(f, "regular", file).or(files::regular),
                face(f, "bold", file).or(files::bold),
                face(f, "italic", file).or(files::italic),
                face(f, "mono", file).or(files::mono),
                fallback);
        return new Layout.Fonts(
                f.choice("family", Map.of("sans", "sans", "serif", "serif")).orElse(base.family()),
                f.number("body", 6, 28).map(Double::floatValue).orElse(base.body()),
                f.number("title", 8, 40).map(Double::floatValue).orElse(base.title()),
                f.number("code", 6, 24).map(Double::floatValue).orElse(base.code()),
                f.number("small", 6, 20).map(Double::floatValue).orElse(base.small()),
                f.number("leading", 1, 2.5).map(Double::floatValue).orElse(base.leading()),
                files);
    }

    private static Optional<String> face(YamlMap fonts, String key, Path file) {
        return fonts.string(key).flatMap(name -> fontFile(fonts, key, name, file));
    }

    /** The largest font file a layout may name: the biggest bundled font (a CJK one) is 4.7 MB. */
    private static final long MAX_FONT_BYTES = 64L * 1024 * 1024;

    /**
     * A bundled font's name, or the absolute path of a TrueType font file beside the layout file;
     * anything else is a problem with a "did you mean".
     */
    private static Optional<String> fontFile(YamlMap fonts, String key, String name, Path layoutFile) {
        Optional<BundledFonts.Entry> bundled = BundledFonts.named(name);
        if (bundled.isPresent()) {
            return Optional.of(bundled.get().name());
        }
        Path folder = layoutFile.toAbsolutePath().getParent();
        Path resolved = folder.resolve(name).normalize();
        if (!Files.isRegularFile(resolved)) {
            List<String> known = new ArrayList<>(BundledFonts.names());
            try (var files = Files.list(resolved.getParent() != null && Files.isDirectory(resolved.getParent())
                    ? resolved.getParent() : folder)) {
                files.map(p -> folder.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> p.toLowerCase(Locale.ROOT).endsWith(".ttf")).forEach(known::add);
            } catch (java.io.IOException | RuntimeException e) {
                // No folder to look in: the message says what is known.
            }
            String hint = papersetter.text.Suggestion.nearest(name, known).map(near -> "did you mean '" + near + "'? Or g")
                    .orElse("g");
            fonts.problem(key, key + ": font '" + name + "' is neither a bundled font nor a file next to the layout — "
                    + hint + "ive a .ttf file's path relative to " + layoutFile.getFileName()
                    + ", or a bundled font: " + String.join(", ", BundledFonts.FALLBACK_ORDER));
            return Optional.empty();
        }
        try {
            if (Files.size(resolved) > MAX_FONT_BYTES) {
                fonts.problem(key, key + ": font '" + name + "' is larger than 64 MB — use a smaller font file");
                return Optional.empty();
            }
            new FontProgram(name, Files.readAllBytes(resolved));
        } catch (java.io.IOException | RuntimeException e) {
            fonts.problem(key, key + ": '" + name + "' is not a TrueType font papersetter can embed ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ") — use a .ttf file with TrueType outlines; OpenType/CFF (.otf) and collections (.ttc) cannot be cut down for embedding");
            return Optional.empty();
        }
        return Optional.of(resolved.toString());
    }

    private Layout.Header header(YamlMap root, Layout.Header base, Path file) {
        Optional<YamlMap> headerMap = root.map("header");
        if (headerMap.isEmpty()) {
            return base;
        }
        YamlMap h = headerMap.get();
        h.rejectUnknown(List.of("caption", "logo", "facts"));
        Optional<Path> logo = base.logo();
        Optional<String> logoName = h.string("logo");
        if (logoName.isPresent()) {
            Path resolved = (file.getParent() == null ? Path.of(".") : file.getParent()).resolve(logoName.get());
            if (!Files.isRegularFile(resolved)) {
                h.problem("logo", "logo '" + logoName.get() + "' not found next to the layout file — put the picture in "
                        + (file.getParent() == null ? "this folder" : file.getParent()) + " or fix the name");
            } else {
                logo = Optional.of(resolved);
            }
        }
        List<String> facts = new ArrayList<>();
        for (String fact : h.strings("facts").orElse(base.facts())) {
            String normal = fact.trim().toLowerCase(Locale.ROOT);
            if (FACTS.contains(normal)) {
                facts.add(normal);
            } else {
                h.problem("facts", "facts holds '" + fact + "' — use any of: " + String.join(", ", FACTS));
            }
        }
        return new Layout.Header(h.string("caption").orElse(base.caption()), logo, facts, base.cover());
    }

    private Layout.AnswerSpace answerSpace(YamlMap root, Layout.AnswerSpace base) {
        Optional<YamlMap> spaceMap = root.map("answer-space");
        if (spaceMap.isEmpty()) {
            return base;
        }
        YamlMap s = spaceMap.get();
        s.rejectUnknown(List.of("style", "per-mark", "min-lines", "max-lines", "line-gap"));
        Layout.AnswerSpace space = new Layout.AnswerSpace(
                s.choice("style", Map.of("lines", Layout.AnswerStyle.LINES, "box", Layout.AnswerStyle.BOX,
                        "none", Layout.AnswerStyle.NONE)).orElse(base.style()),
                s.number("per-mark", 0, 10).map(Double::floatValue).orElse(base.perMark()),
                s.integer("min-lines", 0, 60).orElse(base.minLines()),
                s.integer("max-lines", 1, 60).orElse(base.maxLines()),
                length(s, "line-gap", 12, 60).orElse(base.lineGap()));
        if (space.minLines() > space.maxLines()) {
            s.problem("min-lines", "min-lines (" + space.minLines() + ") is more than max-lines (" + space.maxLines()
                    + ") — make min-lines the smaller");
        }
        return space;
    }

    /** A length in points, or with a unit: "12mm", "1.5cm", "0.75in", "20pt". */
    private static Optional<Float> length(YamlMap map, String key, float min, float max) {
        Optional<String> text = map.string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = LENGTH.matcher(text.get());
        if (!m.matches()) {
            map.problem(key, key + " is '" + text.get() + "' — use a length such as 54, 20mm, 2cm or 0.75in");
            return Optional.empty();
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "pt" : m.group(2);
        double points = switch (unit) {
            case "mm" -> value * 72 / 25.4;
            case "cm" -> value * 72 / 2.54;
            case "in" -> value * 72;
            default -> value;
        };
        if (points < min || points > max) {
            map.problem(key, key + " is " + text.get() + " — use between " + (int) min + " and " + (int) max
                    + " points (" + Math.round(min * 25.4 / 72) + "–" + Math.round(max * 25.4 / 72) + " mm)");
            return Optional.empty();
        }
        return Optional.of((float) points);
    }

    /** Settings that are each fine but together leave no room to print on. */
    private static void checkFits(YamlMap root, Layout layout) {
        List<String> problems = new ArrayList<>();
        if (layout.columns() == 1 && layout.columnWidth() < 150) {
            problems.add(root.file() + ": line " + root.line("page") + ": the margins leave only "
                    + Math.round(layout.columnWidth()) + " pt of width to print on, less than 150 pt"
                    + " — make them smaller or use a larger page");
        } else if (layout.columnWidth() < 150) {
            problems.add(root.file() + ": line " + root.line("columns") + ": the page is too narrow for "
                    + layout.columns() + " columns with these margins (each column would be "
                    + Math.round(layout.columnWidth()) + " pt wide) — use one column or smaller margins");
        }
        if (layout.bodyHeight() < 300) {
            problems.add(root.file() + ": line " + root.line("page") + ": the margins leave less than 300 pt of height"
                    + " to print on — make them smaller");
        }
        if (layout.header().cover() && layout.showAnswers()) {
            problems.add(root.file() + ": line " + root.line("cover") + ": a cover page, with its marks table for the"
                    + " marker, is for a paper students sit; this layout prints the answers (a revision sheet)"
                    + " — take out 'cover: true' or 'answers: true'");
        }
        if (!problems.isEmpty()) {
            throw new papersetter.config.ConfigException(problems);
        }
    }
}
