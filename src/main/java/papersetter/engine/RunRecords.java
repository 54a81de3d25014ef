package papersetter.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import papersetter.bank.Bank;
import papersetter.history.HistoryEntry;
import papersetter.model.Marks;
import papersetter.model.Paper;
import papersetter.model.QuestionType;
import papersetter.model.Sha256;
import papersetter.output.Manifest;
import papersetter.render.PaperInfo;
import papersetter.select.Drawing;
import papersetter.select.Equivalence;
import papersetter.select.Overlap;
import papersetter.select.Usage;

/** What a run records about itself: the parts of its manifest and its line in the history. */
final class RunRecords {
    private RunRecords() {
    }

    /** The run's options as resolved; what a plain run does not use is left out. */
    static Manifest.Options options(GenerateRequest request, PaperInfo info, Usage usage, int perPaper) {
        Path layoutFile = Path.of(request.layoutSource());
        boolean avoids = request.avoidRecent() > 0;
        return new Manifest.Options(
                slashes(request.bank().toString()),
                new ArrayList<>(new TreeSet<>(request.filter().levels())),
                new ArrayList<>(new TreeSet<>(request.filter().topics())),
                request.filter().types().stream().map(QuestionType::label).sorted().toList(),
                // --count all is recorded as the number it came to, so the options say what was printed.
                request.count() == GenerateRequest.ALL ? perPaper : request.count(),
                request.sets(),
                request.layout().name(),
                request.layout().output().pdfA() ? Boolean.TRUE : null,
                info.title(), info.course(), info.institution(), info.duration(), info.date(),
                request.layoutSource().equals(request.layout().name()) ? null : slashes(request.layoutSource()),
                Files.isRegularFile(layoutFile) ? Sha256.hex(layoutFile) : null,
                request.spec().file().map(file -> slashes(file.toString())).orElse(null),
                request.spec().file().map(Sha256::hex).orElse(null),
                request.spec().instructions().orElse(null),
                request.vary().name().toLowerCase(Locale.ROOT),
                request.maxOverlap().isPresent() ? request.maxOverlap().getAsInt() : null,
                request.equivalent() == Equivalence.TOPIC ? null : request.equivalent().name().toLowerCase(Locale.ROOT),
                avoids ? request.avoidRecent() : null,
                // A reprint prints the recorded ids; these say which were left out and why.
                avoids ? new ArrayList<>(new TreeSet<>(usage.avoided())) : null,
                request.spec().wrong().map(Marks::format).orElse(null));
    }

    /** A fingerprint of each bank file, so a later reprint can tell whether the bank changed. */
    static List<Manifest.BankFile> bankFiles(Bank bank) {
        return bank.files().stream().map(file -> new Manifest.BankFile(slashes(file.toString()), Sha256.hex(file)))
                .toList();
    }

    /**
     * How far apart the sets came out. The table of every pair grows with the square of the sets
     * (for 1 000 sets it made 10 MB of a 17 MB manifest), so it is written only while
     * {@link Overlap#keepsEveryPair() small}; the figures that grow with the sets are always
     * written. A reprint copies this part of the manifest as it was recorded.
     */
    static Manifest.Drawing drawing(Drawing drawing, List<Paper> papers) {
        Overlap overlap = drawing.overlap();
        Map<String, String> difficulty = new LinkedHashMap<>();
        for (Paper paper : papers) {
            double mean = paper.items().stream().mapToInt(i -> i.question().difficulty()).filter(d -> d > 0).average()
                    .orElse(0);
            difficulty.put(paper.set(), BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        if (papers.size() < 2) {
            return new Manifest.Drawing(null, null, null, null, difficulty);
        }
        Map<String, Manifest.Closest> closest = new LinkedHashMap<>();
        for (int s = 0; s < papers.size(); s++) {
            closest.put(papers.get(s).set(),
                    new Manifest.Closest(papers.get(overlap.closest(s)).set(), overlap.closestShares(s)));
        }
        return new Manifest.Drawing(overlap.keepsEveryPair() ? overlap.everyPair() : null, overlap.max(),
                overlap.maxPair().orElseThrow(), closest, difficulty);
    }

    /** The whole manifest of a run about to be written. */
    static Manifest manifest(RunPlan plan, String printFile, String keysFile) {
        List<Manifest.SetEntry> sets = new ArrayList<>();
        for (Paper paper : plan.papers()) {
            sets.add(Manifest.SetEntry.of(paper, RunPlan.paperFile(paper), RunPlan.keyFile(paper),
                    plan.layout().optionLabels()));
        }
        return new Manifest(Pipeline.VERSION, Manifest.VERSION, plan.seed(), plan.options(), plan.bankFiles(),
                printFile, keysFile, plan.drawing(), sets, null);
    }

    /** The same manifest, recording the run's answer sheets. */
    static Manifest withSheets(Manifest m, Manifest.Sheets sheets) {
        return new Manifest(m.papersetter(), m.version(), m.seed(), m.request(), m.bankFiles(), m.printFile(),
                m.keysFile(), m.drawing(), m.sets(), sheets);
    }

    static HistoryEntry historyEntry(GenerateResult result, GenerateRequest request) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Paper paper : result.papers()) {
            sets.put(paper.set(), paper.items().stream().map(item -> item.question().id()).toList());
        }
        return new HistoryEntry(result.folder().getFileName().toString(),
                LocalDateTime.now().withNano(0).toString(), slashes(request.bank().toString()), result.seed(),
                request.spec().file().map(f -> slashes(f.toString())).orElse(""), sets);
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
