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
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import papersetter.bank.Bank;
import papersetter.bank.BankException;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.model.Marks;
import papersetter.model.Paper;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.output.KeysCsv;
import papersetter.output.Manifest;
import papersetter.output.PrintFile;
import papersetter.output.RunFolder;
import papersetter.pdf.PdfFile;
import papersetter.render.FontCoverage;
import papersetter.render.KeyRenderer;
import papersetter.render.PaperInfo;
import papersetter.render.PaperRenderer;
import papersetter.render.RunFonts;
import papersetter.history.History;
import papersetter.history.HistoryEntry;
import papersetter.model.PaperItem;
import papersetter.render.Layout;
import papersetter.select.Drawer;
import papersetter.select.Drawing;
import papersetter.select.Overlap;
import papersetter.select.Usage;
import papersetter.shuffle.Seeds;
import papersetter.shuffle.SetMaker;

/** The one engine: load → validate → select → shuffle → render → write. Front doors only fill the request. */
public final class Pipeline {
    public static final String VERSION = versionFromJar();

    private Pipeline() {
    }

    public static GenerateResult generate(GenerateRequest request) {
        return generate(request, Progress.NONE);
    }

    public static GenerateResult generate(GenerateRequest request, Progress progress) {
        // The fonts are read on a spare core while the bank loads and the sets are drawn.
        RunFonts.ReadAhead fonts = RunFonts.readAhead(request.layout().fonts().family());
        Bank bank = BankReader.read(request.bank());
        // The bank's fingerprint for the manifest is worked out on a spare core while the sets are drawn.
        CompletableFuture<List<Map<String, Object>>> bankFiles = CompletableFuture.supplyAsync(() -> bankFiles(bank));
        long seed = request.seed().orElseGet(Pipeline::newSeed);
        Usage usage = History.usage(History.read(request.outDir()), request.avoidRecent());
        Drawing drawing = Drawer.draw(bank.questions(), request.spec(), request.sets(), request.vary(),
                request.maxOverlap(), usage, purpose -> Seeds.stream(seed, purpose));
        List<Paper> papers = SetMaker.makeSets(drawing, seed,
                request.layout().sectionsBy() == Layout.SectionsBy.TOPIC);
        PaperInfo info = withDefaults(request.info(), papers.get(0).items().stream().map(PaperItem::question).toList());
        Layout layout = request.spec().instructions()
                .map(text -> SpecLayout.withInstructions(request.layout(), text)).orElse(request.layout());
        Map<String, Object> options = describe(request, info);
        options.putAll(SpecLayout.describe(request, usage));
        GenerateResult result = write(bank, join(bankFiles), seed, papers, info, layout, options,
                drawingFacts(drawing, papers), request.outDir(), request.bank(), fonts, progress)
                .withOverlap(drawing.overlap());
        History.append(request.outDir(), historyEntry(result, request, papers));
        return result;
    }

    /**
     * Writes a run's files: each set's paper and key, the print file, the keys table and the manifest.
     *
     * @param fontsAhead the layout's fonts, being read since the run began, or null to read them here
     */
    static GenerateResult write(Bank bank, List<Map<String, Object>> bankFiles, long seed, List<Paper> papers,
            PaperInfo info, Layout layout,
            Map<String, Object> options, Map<String, Object> drawing, Path outDir, Path bankPath,
            RunFonts.ReadAhead fontsAhead, Progress progress) {
        refuseUnprintable(layout, info, papers);
        RunFonts fonts = RunFonts.covering(layout, info, papers, fontsAhead);
        PaperRenderer paperRenderer = new PaperRenderer(layout, info, fonts);
        KeyRenderer keyRenderer = new KeyRenderer(layout, info, fonts);
        String name = bankName(bankPath) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-seed" + seed;
        progress.start(papers.size());
        String printFile = "all-papers.pdf";
        try (RunFolder folder = RunFolder.create(outDir, name);
                PrintFile print = PrintFile.create(folder.workingFolder().resolve(printFile),
                        info.title() + " — all sets", PdfFile.idFor("print/" + papers.get(0).code()))) {
            List<String> written = new ArrayList<>();
            Map<String, Map<String, String>> files = new LinkedHashMap<>();
            for (Paper paper : papers) {
                String paperFile = "paper-" + paper.set() + ".pdf";
                String keyFile = "key-" + paper.set() + ".pdf";
                written.add(paperFile);
                written.add(keyFile);
                files.put(paper.set(), Map.of("paper", paperFile, "key", keyFile));
            }
            written.add(printFile);
            written.add(KeysCsv.FILE);
            written.add("manifest.json");
            // Each set's files are written by the thread that rendered it; the sets then arrive here
            // in order, on this thread, to be copied into the print file and let go.
            SetRenderer.renderAll(papers, paperRenderer, keyRenderer, (paper, rendered) -> {
                folder.write("paper-" + paper.set() + ".pdf", rendered.paper());
                folder.write("key-" + paper.set() + ".pdf", rendered.key());
            }, (paper, rendered) -> {
                print.add(rendered.paperPages(), rendered.paper());
                progress.setDone();
            });
            print.finish();
            // The keys table and the manifest grow with the number of sets, so they are made only
            // once the sets are written and let go, never alongside them; but beside each other.
            CompletableFuture<byte[]> keys = CompletableFuture.supplyAsync(() -> KeysCsv.write(papers));
            byte[] manifest = Manifest.write(VERSION, seed, options, bankFiles, papers, files, printFile, drawing);
            folder.write(KeysCsv.FILE, join(keys));
            folder.write("manifest.json", manifest);
            Path committed = folder.commit();
            return new GenerateResult(committed, seed, papers, written, bank.warnings());
        } finally {
            progress.finish();
        }
    }

    /** Refuses a run that would print a character no font of the layout has, rather than leave it out. */
    private static void refuseUnprintable(Layout layout, PaperInfo info, List<Paper> papers) {
        List<FontCoverage.Place> others = new ArrayList<>(FontCoverage.layoutTexts(layout, Path.of("layout " + layout.name())));
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
        List<BankProblem> problems = FontCoverage.check(layout, List.copyOf(printed.values()), others);
        if (!problems.isEmpty()) {
            throw new BankException(problems);
        }
    }

    /** The value of work done on another thread; its failure is thrown here, as if done on this one. */
    private static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Reprints a run from its manifest: the same questions, order and options, byte for byte. */
    public static GenerateResult reproduce(Path manifest, Path outDir) {
        return Reproduction.read(manifest).write(outDir);
    }

    /**
     * How far apart the sets came out, for the manifest. The table of every pair grows with the
     * square of the sets (for 1 000 sets it made 10 MB of a 17 MB manifest), so it is written only
     * while {@link Overlap#keepsEveryPair() small}; the figures that grow with the sets are always
     * written: the most any two sets share and which two, and each set's closest set. A reprint
     * copies this part of the manifest as it was recorded, so older manifests reprint unchanged.
     */
    private static Map<String, Object> drawingFacts(Drawing drawing, List<Paper> papers) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Overlap overlap = drawing.overlap();
        if (papers.size() > 1) {
            if (overlap.keepsEveryPair()) {
                facts.put("overlap", overlap.everyPair());
            }
            facts.put("maxOverlap", overlap.max());
            facts.put("maxOverlapSets", overlap.maxPair().orElseThrow());
            Map<String, Object> closest = new LinkedHashMap<>();
            for (int s = 0; s < papers.size(); s++) {
                Map<String, Object> nearest = new LinkedHashMap<>();
                nearest.put("set", papers.get(overlap.closest(s)).set());
                nearest.put("shares", overlap.closestShares(s));
                closest.put(papers.get(s).set(), nearest);
            }
            facts.put("closest", closest);
        }
        Map<String, Object> difficulty = new LinkedHashMap<>();
        for (Paper paper : papers) {
            double mean = paper.items().stream().mapToInt(i -> i.question().difficulty()).filter(d -> d > 0).average()
                    .orElse(0);
            difficulty.put(paper.set(), java.math.BigDecimal.valueOf(mean).setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString());
        }
        facts.put("meanDifficulty", difficulty);
        return facts;
    }

    private static HistoryEntry historyEntry(GenerateResult result, GenerateRequest request, List<Paper> papers) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Paper paper : papers) {
            sets.put(paper.set(), paper.items().stream().map(item -> item.question().id()).toList());
        }
        return new HistoryEntry(result.folder().getFileName().toString(),
                LocalDateTime.now().withNano(0).toString(), request.bank().toString().replace('\\', '/'), result.seed(),
                request.spec().file().map(f -> f.toString().replace('\\', '/')).orElse(""), sets);
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
        int rounded = Math.max(10, (int) Math.ceil(minutes.doubleValue() / 5) * 5);
        if (rounded < 60 || rounded % 60 != 0 && rounded < 120) {
            return rounded + " minutes";
        }
        int hours = rounded / 60;
        int rest = rounded % 60;
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

    private static Map<String, Object> describe(GenerateRequest request, PaperInfo info) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("bank", request.bank().toString().replace('\\', '/'));
        options.put("level", new ArrayList<>(new TreeSet<>(request.filter().levels())));
        options.put("topic", new ArrayList<>(new TreeSet<>(request.filter().topics())));
        options.put("type", request.filter().types().stream().map(QuestionType::label).sorted().toList());
        options.put("count", request.count());
        options.put("sets", request.sets());
        options.put("layout", request.layout().name());
        options.put("title", info.title());
        options.put("course", info.course());
        options.put("institution", info.institution());
        options.put("duration", info.duration());
        options.put("date", info.date());
        return options;
    }

    /** A fingerprint of each bank file, so a later reproduction can tell whether the bank changed. */
    private static List<Map<String, Object>> bankFiles(Bank bank) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (Path file : bank.files()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", file.toString().replace('\\', '/'));
            entry.put("sha256", SpecLayout.sha256(file));
            files.add(entry);
        }
        return files;
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
