package papersetter.engine;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import papersetter.bank.Bank;
import papersetter.bank.BankException;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.model.Marks;
import papersetter.model.NegativeMarking;
import papersetter.model.Paper;
import papersetter.model.Question;
import papersetter.model.Section;
import papersetter.model.Sha256;
import papersetter.formats.Format;
import papersetter.formats.SetExport;
import papersetter.output.KeysCsv;
import papersetter.output.Manifest;
import papersetter.output.ManifestWriter;
import papersetter.output.PrintFile;
import papersetter.output.RunFolder;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.PdfIds;
import papersetter.render.FontCoverage;
import papersetter.render.FormulaCheck;
import papersetter.render.KeyRenderer;
import papersetter.render.PaperInfo;
import papersetter.render.PaperRenderer;
import papersetter.render.RunFonts;
import papersetter.render.SheetRenderer;
import papersetter.pdf.DrawnDocument;
import papersetter.sheet.Roster;
import papersetter.history.History;
import papersetter.model.PaperItem;
import papersetter.render.Layout;
import papersetter.select.Drawer;
import papersetter.select.Drawing;
import papersetter.select.PaperSpec;
import papersetter.select.SectionSpec;
import papersetter.select.Usage;
import papersetter.shuffle.Seeds;
import papersetter.shuffle.SetMaker;

/** The one engine: load → validate → select → shuffle → render → write. Front doors only fill the request. */
public final class Pipeline {
    public static final String VERSION = versionFromJar();
    public static final String MANIFEST = "manifest.json";

    private Pipeline() {
    }

    /**
     * The papers of a recorded run, rebuilt from its manifest and its unchanged bank (refused when the
     * bank changed), for marking: their keys are the ones printed.
     */
    public static List<Paper> recordedPapers(Path manifest) {
        return Reproduction.read(manifest).papers();
    }

    public static GenerateResult generate(GenerateRequest request) {
        return generate(request, Progress.NONE);
    }

    public static GenerateResult generate(GenerateRequest request, Progress progress) {
        // The fonts are read on a spare core while the bank loads and the sets are drawn.
        RunFonts.ReadAhead fonts = RunFonts.readAhead(request.layout().fonts().family());
        History.loadAhead();
        // A class list is checked before the bank is read: its mistakes are found in a second.
        Roster roster = request.students() == null ? null : Roster.read(request.students(), request.sets());
        Bank bank = BankReader.read(request.bank());
        FormulaCheck.readAhead(bank.questions());
        // The bank's fingerprint for the manifest is worked out on a spare core while the sets are drawn.
        CompletableFuture<List<Manifest.BankFile>> bankFiles = CompletableFuture.supplyAsync(
                () -> RunRecords.bankFiles(bank));
        long seed = request.seed().orElseGet(Pipeline::newSeed);
        Usage usage = History.usage(request.outDir(), request.avoidRecent());
        Drawing drawing = Drawer.draw(bank.questions(), request.specFor(bank.questions(), usage.avoided()),
                request.sets(), request.vary(),
                request.maxOverlap(), request.equivalent(), usage, purpose -> Seeds.stream(seed, purpose));
        List<Paper> papers = withSectionPenalties(request.spec(), SetMaker.makeSets(drawing, seed,
                request.layout().sectionsBy() == Layout.SectionsBy.TOPIC));
        PaperInfo info = withDefaults(request.info(), papers.get(0).items().stream().map(PaperItem::question).toList());
        Layout layout = request.spec().instructions().map(request.layout()::withInstructions).orElse(request.layout());
        layout = withNegativeMarking(layout, request.spec().wrong().orElse(null), papers);
        RunPlan plan = new RunPlan(seed, papers, info, layout, RunRecords.options(request, info, usage, papers.get(0).items().size()),
                Threads.join(bankFiles), RunRecords.drawing(drawing, papers), withNotes(bank.warnings(), drawing.notes(), bank));
        GenerateResult result = write(plan, request.outDir(), fonts, progress, request.exports(),
                AnswerSheets.of(plan.layout(), roster)).withOverlap(drawing.overlap());
        return result.withUnrecorded(History.record(request.outDir(), RunRecords.historyEntry(result, request),
                result.manifestDigest()));
    }

    /**
     * The general instructions with the line that says what a wrong answer costs, when the spec sets
     * negative marking; a reprint adds it from the manifest the same way.
     */
    static Layout withNegativeMarking(Layout layout, BigDecimal wrong, List<Paper> papers) {
        if (wrong == null) {
            return layout;
        }
        List<PaperItem> items = new ArrayList<>();
        boolean sectionsDiffer = false;
        for (Paper paper : papers) {
            for (Section section : paper.sections()) {
                if (section.wrong() == null) {
                    items.addAll(section.items());
                } else {
                    sectionsDiffer |= section.wrong().compareTo(wrong) != 0;
                }
            }
        }
        return NegativeMarking.general(wrong, items.stream().map(PaperItem::question).toList(), sectionsDiffer)
                .map(line -> {
                    List<String> lines = new ArrayList<>(layout.instructions());
                    lines.add(line);
                    return layout.withInstructions(lines);
                }).orElse(layout);
    }

    /**
     * Each set's sections with the negative marking their spec sections set, its line added to the
     * section's instructions. A spec file's sections are printed one for one (only the command line's
     * simple case is regrouped), so section i of every set is the spec's section i.
     */
    static List<Paper> withSectionPenalties(PaperSpec spec, List<Paper> papers) {
        List<SectionSpec> specs = spec.sections();
        if (specs.stream().allMatch(s -> s.wrong().isEmpty())
                || papers.stream().anyMatch(paper -> paper.sections().size() != specs.size())) {
            return papers;
        }
        boolean paperPenalises = spec.wrong().filter(w -> w.signum() != 0).isPresent();
        List<Paper> marked = new ArrayList<>();
        for (Paper paper : papers) {
            List<Section> sections = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                Section section = paper.sections().get(i);
                if (specs.get(i).wrong().isEmpty()) {
                    sections.add(section);
                    continue;
                }
                BigDecimal wrong = specs.get(i).wrong().get();
                int index = i;
                List<Question> all = papers.stream().flatMap(p -> p.sections().get(index).items().stream())
                        .map(PaperItem::question).toList();
                String instructions = NegativeMarking.forSection(wrong, all, paperPenalises)
                        .map(line -> section.instructions().isEmpty() ? line : section.instructions() + " " + line)
                        .orElse(section.instructions());
                sections.add(new Section(section.heading(), instructions, section.items(), wrong));
            }
            marked.add(new Paper(paper.set(), paper.seed(), paper.code(), sections));
        }
        return marked;
    }

    /**
     * Writes a run's files: each set's paper and key, the print file, the keys table and the manifest.
     *
     * @param fontsAhead the layout's fonts, being read since the run began, or null to read them here
     */
    static GenerateResult write(RunPlan plan, Path outDir, RunFonts.ReadAhead fontsAhead, Progress progress) {
        return write(plan, outDir, fontsAhead, progress, List.of());
    }

    /** @param exports formats each set's questions are also written in, as drawn (see {@link SetExport}) */
    static GenerateResult write(RunPlan plan, Path outDir, RunFonts.ReadAhead fontsAhead, Progress progress,
            List<Format> exports) {
        return write(plan, outDir, fontsAhead, progress, exports, AnswerSheets.of(plan.layout(), null));
    }

    /** @param sheets the answer sheets to write, or null for none */
    static GenerateResult write(RunPlan plan, Path outDir, RunFonts.ReadAhead fontsAhead, Progress progress,
            List<Format> exports, AnswerSheets sheets) {
        List<Paper> papers = plan.papers();
        PaperInfo info = plan.info();
        refuseUnprintable(plan.layout(), info, papers, sheets == null ? List.of() : sheets.places());
        RunFonts fonts = RunFonts.covering(plan.layout(), info, papers, fontsAhead,
                sheets == null ? List.of() : sheets.texts());
        PaperRenderer paperRenderer = new PaperRenderer(plan.layout(), info, fonts);
        KeyRenderer keyRenderer = new KeyRenderer(plan.layout(), info, fonts);
        // With sheets, the manifest is made first: each sheet is planned from what it records, as a
        // scan reader plans it again.
        Manifest sheetManifest = null;
        SheetRenderer sheetRenderer = null;
        String printFile = "all-papers.pdf";
        if (sheets != null) {
            Manifest plain = RunRecords.manifest(plan, printFile, KeysCsv.FILE);
            Manifest.Sheets record = sheets.record(plan.seed(), papers, plain.sets(), plan.layout());
            sheetManifest = RunRecords.withSheets(plain, record);
            sheetRenderer = new SheetRenderer(plan.layout(), info, fonts);
            sheets.checkFits(sheetRenderer, plain.sets(), record);
        }
        Map<String, DrawnDocument> sheetDocuments = new java.util.concurrent.ConcurrentHashMap<>();
        String name = bankName(Path.of(plan.options().bank())) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-seed" + plan.seed();
        progress.start(papers.size());
        try (RunFolder folder = RunFolder.create(outDir, name);
                PrintFile print = PrintFile.create(folder.workingFolder().resolve(printFile),
                        new DocumentInfo(info.title() + " — all sets", info.institution(),
                                "Every set's question paper, for the printer", plan.layout().output().language(),
                                plan.layout().output().pdfA(), true),
                        PdfIds.idFor("print/" + papers.get(0).code()))) {
            List<String> written = new ArrayList<>();
            for (Paper paper : papers) {
                written.add(RunPlan.paperFile(paper));
                written.add(RunPlan.keyFile(paper));
                if (sheets != null) {
                    written.add(AnswerSheets.file(paper.set()));
                }
            }
            written.add(printFile);
            written.add(KeysCsv.FILE);
            written.add(MANIFEST);
            // Each set's files are written by the thread that rendered it; the sets then arrive here
            // in order, on this thread, to be copied into the print file and let go.
            Manifest withSheets = sheetManifest;
            SheetRenderer drawsSheets = sheetRenderer;
            SetRenderer.renderAll(papers, paperRenderer, keyRenderer, (paper, rendered) -> {
                folder.write(RunPlan.paperFile(paper), rendered.paper());
                folder.write(RunPlan.keyFile(paper), rendered.key());
                if (sheets != null) {
                    Manifest.SetEntry set = withSheets.sets().stream().filter(s -> s.set().equals(paper.set()))
                            .findFirst().orElseThrow();
                    DrawnDocument sheet = sheets.render(drawsSheets, withSheets, set);
                    byte[] bytes = sheet.toPdf();
                    folder.write(AnswerSheets.file(paper.set()), bytes);
                    if (sheets.inPrintFile()) {
                        sheetDocuments.put(paper.set(), sheet);
                    }
                }
            }, (paper, rendered) -> {
                print.add(rendered.paperDocument(), rendered.paper());
                DrawnDocument sheet = sheetDocuments.remove(paper.set());
                if (sheet != null) {
                    print.add(sheet, null);
                }
                progress.setDone();
            });
            // The print file, the keys table and the manifest grow with the number of sets, so they
            // are made only once the sets are written and let go, never alongside them; but beside
            // each other, the print file (the longest to write) on a thread of its own.
            String manifestDigest;
            CompletableFuture<Void> printed = Threads.onOwnThread("papersetter: print file", print::finish);
            try {
                CompletableFuture<byte[]> keys = CompletableFuture.supplyAsync(
                        () -> KeysCsv.write(papers, plan.layout().optionLabels()));
                byte[] manifest = ManifestWriter.write(sheetManifest != null ? sheetManifest
                        : RunRecords.manifest(plan, printFile, KeysCsv.FILE));
                folder.write(KeysCsv.FILE, Threads.join(keys));
                folder.write(MANIFEST, manifest);
                // for the record of runs, worked out here while the print file is still being written
                manifestDigest = Sha256.hex(manifest);
            } catch (RuntimeException e) {
                // The folder goes when this fails: not while the print file is still being written into it.
                Threads.settle(printed);
                throw e;
            }
            Threads.join(printed);
            // What a format could not hold is said once, for set A: every set is made of the same kinds.
            Map<String, List<String>> losses = new LinkedHashMap<>();
            for (Format format : exports) {
                for (Paper paper : papers) {
                    SetExport.Export export = SetExport.write(paper, format, info.title());
                    folder.write(export.fileName(), export.bytes());
                    written.add(export.fileName());
                    if (paper == papers.get(0) && !export.losses().isEmpty()) {
                        losses.put(format.title(), export.losses());
                    }
                }
            }
            Path committed = folder.commit();
            return new GenerateResult(committed, plan.seed(), papers, written, plan.warnings()).withExportLosses(losses)
                    .withManifestDigest(manifestDigest);
        } finally {
            progress.finish();
        }
    }

    /** Refuses a run that would print a character no font of the layout has, or a formula that cannot be typeset. */
    private static void refuseUnprintable(Layout layout, PaperInfo info, List<Paper> papers,
            List<FontCoverage.Place> sheetTexts) {
        List<FontCoverage.Place> others = new ArrayList<>(FontCoverage.layoutTexts(layout, Path.of("layout " + layout.name())));
        others.addAll(sheetTexts);
        for (String text : List.of(info.title(), info.course(), info.institution(), info.duration(), info.date())) {
            others.add(new FontCoverage.Place(Path.of("the paper's header (title, course, institution, duration, date)"),
                    0, null, text));
        }
        Map<String, Question> printed = new LinkedHashMap<>();
        for (Paper paper : papers) {
            paper.sections().forEach(section -> {
                others.add(new FontCoverage.Place(Path.of("a section heading or instructions (spec)"), 0, null,
                        section.heading()));
                others.add(new FontCoverage.Place(Path.of("a section heading or instructions (spec)"), 0, null,
                        section.instructions()));
            });
            paper.items().forEach(item -> printed.putIfAbsent(item.question().id(), item.question()));
        }
        List<BankProblem> problems = new ArrayList<>(FontCoverage.check(layout, List.copyOf(printed.values()), others));
        // A formula that cannot be typeset refuses the run before anything is drawn.
        FormulaCheck.check(layout, List.copyOf(printed.values())).stream().filter(BankProblem::isError)
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new BankException(problems);
        }
    }

    /** The bank's warnings with what the drawing has to say added, so the run says it once, beside them. */
    private static List<papersetter.bank.BankProblem> withNotes(List<papersetter.bank.BankProblem> warnings,
            List<String> notes, Bank bank) {
        if (notes.isEmpty()) {
            return warnings;
        }
        List<papersetter.bank.BankProblem> all = new ArrayList<>(warnings);
        notes.forEach(note -> all.add(new papersetter.bank.BankProblem(bank.location(), 0, null, note, null, true)));
        return all;
    }

    /** Reprints a run from its manifest: the same questions, order and options, byte for byte. */
    public static GenerateResult reprint(ReprintRequest request) {
        RunPlan plan = Reproduction.plan(request);
        return write(plan, request.outDir(), null, Progress.NONE, List.of(),
                AnswerSheets.of(plan.layout(), Reproduction.roster(request)));
    }

    /** Seeds a person can retype: up to six digits. */
    static long newSeed() {
        return 1 + new SecureRandom().nextInt(999_999);
    }

    static PaperInfo withDefaults(PaperInfo info, List<Question> selected) {
        String duration = info.duration().isEmpty() ? suggestedDuration(selected) : info.duration();
        return new PaperInfo(info.title(), info.course(), info.institution(), duration, info.date());
    }

    /**
     * About a minute per objective mark and three per written mark, rounded up to five minutes: a
     * starting point the trainer overrides with --duration.
     */
    static String suggestedDuration(List<Question> selected) {
        BigDecimal minutes = BigDecimal.ZERO;
        for (Question question : selected) {
            BigDecimal perMark = BigDecimal.valueOf(question.type().isWritten() ? 3 : 1.2);
            minutes = minutes.add(question.marks().multiply(perMark));
        }
        // In whole numbers as long as any sum of marks can be: an int of minutes overflowed on a bank's typo.
        long fives = minutes.divide(BigDecimal.valueOf(5), 0, java.math.RoundingMode.CEILING)
                .min(BigDecimal.valueOf(Long.MAX_VALUE / 5)).longValue();
        long rounded = Math.max(10, fives * 5);
        if (rounded < 60 || rounded % 60 != 0 && rounded < 120) {
            return rounded + " minutes";
        }
        long hours = rounded / 60;
        long rest = rounded % 60;
        return hours + (hours == 1 ? " hour" : " hours") + (rest == 0 ? "" : " " + rest + " minutes");
    }

    static String bankName(Path bank) {
        Path name = bank.toAbsolutePath().normalize().getFileName();
        String text = name == null ? "bank" : name.toString().replaceFirst("(?i)\\.csv$", "");
        return text.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** "bank/django" → "Django", "chemistry-unit2.csv" → "Chemistry unit2". */
    public static String bankNameForTitle(Path bank) {
        String name = bankName(bank).replace('-', ' ').replace('_', ' ').strip();
        return name.isEmpty() ? "Bank" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String versionFromJar() {
        String version = Pipeline.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** Total marks as printed, for messages. */
    public static String totalMarks(Paper paper) {
        return Marks.format(paper.totalMarks());
    }
}
