package papersetter.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import papersetter.bank.Bank;
import papersetter.bank.BankReader;
import papersetter.bank.ShippedBank;
import papersetter.model.BadInputException;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.Section;
import papersetter.model.Sha256;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.sheet.Roster;
import papersetter.render.Layout;
import papersetter.render.Layouts;
import papersetter.render.PaperInfo;

/**
 * A run rebuilt from its manifest: the recorded questions, in the recorded order, with the
 * recorded option orders, sections and header, rendered again. Nothing is drawn, so neither the
 * history nor a changed selection algorithm can alter it; a changed bank file or layout file can,
 * so those are checked against their recorded SHA-256 first and the run is refused if they differ.
 * A reprint may ask for another layout or header, or only some sets: the questions stay as recorded.
 */
final class Reproduction {
    private final Path file;
    private final Manifest manifest;
    private final Manifest.Options recorded;

    private Reproduction(Path file, Manifest manifest) {
        this.file = file;
        this.manifest = manifest;
        this.recorded = manifest.request();
    }

    static Reproduction read(Path manifest) {
        return new Reproduction(manifest, ManifestReader.read(manifest));
    }

    /** The run as recorded, in the layout and header the request asks for. */
    static RunPlan plan(ReprintRequest request) {
        return read(request.manifest()).plan(request.layout().orElse(null), request.header(), request.only());
    }

    /**
     * The class list a run's personalised sheets were printed for, each student in the set the
     * manifest records, for the sets reprinted; null when its sheets were not personalised.
     */
    static Roster roster(ReprintRequest request) {
        Manifest manifest = ManifestReader.read(request.manifest());
        if (manifest.sheets() == null || manifest.sheets().students() == null) {
            return null;
        }
        List<Roster.Student> students = new java.util.ArrayList<>();
        for (Manifest.StudentEntry student : manifest.sheets().students()) {
            if (request.only().isEmpty() || request.only().contains(student.set())) {
                students.add(new Roster.Student(0, student.roll(), student.name(), student.set()));
            }
        }
        return new Roster(request.manifest(), students);
    }

    /**
     * Every set's paper as recorded, from the unchanged bank: what marking scores against, so that
     * its key is the one {@link Paper#key()} printed.
     */
    List<Paper> papers() {
        return papers(List.of()).papers();
    }

    private record Papers(Bank bank, List<Paper> papers) {
    }

    private Papers papers(List<String> only) {
        Path bankPath = ShippedBank.find(Path.of(recorded.bank()));
        checkBankFiles(bankPath);
        Bank bank = BankReader.read(bankPath);
        checkBankReadsOnlyRecordedFiles(bank);
        Map<String, Question> byId = new HashMap<>();
        bank.questions().forEach(q -> byId.put(q.id(), q));
        List<Paper> papers = new ArrayList<>();
        for (Manifest.SetEntry set : chosen(only)) {
            papers.add(paper(set, byId));
        }
        return new Papers(bank, papers);
    }

    private RunPlan plan(String layoutGiven, ReprintRequest.Header header, List<String> only) {
        Papers recordedPapers = papers(only);
        Bank bank = recordedPapers.bank();
        List<Paper> papers = recordedPapers.papers();
        PaperInfo info = new PaperInfo(
                header.title() != null ? header.title() : recorded.title(),
                header.course() != null ? header.course() : recorded.course(),
                header.institution() != null ? header.institution() : recorded.institution(),
                header.duration() != null ? header.duration() : recorded.duration(),
                header.date() != null ? header.date() : recorded.date());
        Manifest.Options options = recorded;
        Layout layout;
        if (layoutGiven != null) {
            layout = Layouts.load(layoutGiven);
            Path layoutFile = Path.of(layoutGiven);
            options = recorded.withLayoutAndHeader(layout.name(), layoutGiven.equals(layout.name()) ? null
                    : layoutGiven.replace('\\', '/'), Files.isRegularFile(layoutFile) ? Sha256.hex(layoutFile) : null,
                    info.title(), info.course(), info.institution(), info.duration(), info.date());
        } else {
            layout = recordedLayout();
            if (header.changes()) {
                options = recorded.withLayoutAndHeader(recorded.layout(), recorded.layoutSource(),
                        recorded.layoutSha256(), info.title(), info.course(), info.institution(), info.duration(),
                        info.date());
            }
        }
        if (Boolean.TRUE.equals(recorded.pdfA())) {
            layout = layout.withPdfA(true); // a run written as PDF/A is reprinted as PDF/A, in any layout
        }
        if (recorded.instructions() != null) {
            layout = layout.withInstructions(recorded.instructions());
        }
        layout = Pipeline.withNegativeMarking(layout, recorded.wrong() == null ? null
                : new BigDecimal(recorded.wrong()), papers);
        if (manifest.sheets() != null) {
            // A run printed with answer sheets is reprinted with them, its grid as long as it was.
            Layout.SheetMode mode = layout.answerSheet().mode();
            layout = layout.withAnswerSheet(new Layout.AnswerSheet(mode == Layout.SheetMode.NONE
                    ? Layout.SheetMode.FILES : mode, manifest.sheets().rollDigits()));
        }
        // The drawing and the bank files as recorded (and checked above), so a plain reprint's manifest is
        // the same too.
        return new RunPlan(manifest.seed(), papers, info, layout, options, manifest.bankFiles(), manifest.drawing(),
                bank.warnings());
    }

    private List<Manifest.SetEntry> chosen(List<String> only) {
        if (only.isEmpty()) {
            return manifest.sets();
        }
        List<String> letters = manifest.sets().stream().map(Manifest.SetEntry::set).toList();
        List<String> unknown = only.stream().filter(letter -> !letters.contains(letter)).toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException("--only " + String.join(",", unknown) + ": the run of " + file + " has "
                    + (letters.size() == 1 ? "only set " : "sets ") + range(letters) + ".");
        }
        return manifest.sets().stream().filter(set -> only.contains(set.set())).toList();
    }

    private static String range(List<String> letters) {
        return letters.size() <= 6 ? String.join(", ", letters)
                : letters.get(0) + " to " + letters.get(letters.size() - 1);
    }

    /** Every file the manifest names must be there, unchanged, and no bank file may have been added. */
    private void checkBankFiles(Path bankPath) {
        List<String> changed = new ArrayList<>();
        for (Manifest.BankFile recordedFile : manifest.bankFiles()) {
            Path path = ShippedBank.find(Path.of(recordedFile.path()));
            if (!Files.isRegularFile(path)) {
                changed.add(path + " is missing");
            } else if (!Sha256.hex(path).equals(recordedFile.sha256())) {
                changed.add(path + " has changed");
            }
        }
        if (Files.isDirectory(bankPath)) {
            Set<Path> known = recordedPaths();
            try (var files = Files.walk(bankPath)) {
                files.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                        .filter(f -> !f.getFileName().toString().startsWith("~$"))
                        .filter(f -> !known.contains(f.toAbsolutePath().normalize())).map(Path::toString).sorted()
                        .forEach(f -> changed.add(f + " is new"));
            } catch (IOException e) {
                changed.add(bankPath + " cannot be listed (" + e.getMessage() + ")");
            }
        }
        refuseIfChanged(changed);
    }

    /** A manifest that names fewer files than the bank reads would let an unchecked file through. */
    private void checkBankReadsOnlyRecordedFiles(Bank bank) {
        Set<Path> known = recordedPaths();
        List<String> changed = new ArrayList<>();
        for (Path read : bank.files()) {
            if (!known.contains(read.toAbsolutePath().normalize())) {
                changed.add(read + " is not among the files the manifest records");
            }
        }
        refuseIfChanged(changed);
    }

    private Set<Path> recordedPaths() {
        Set<Path> known = new HashSet<>();
        manifest.bankFiles().forEach(f -> known.add(ShippedBank.find(Path.of(f.path())).toAbsolutePath().normalize()));
        return known;
    }

    private void refuseIfChanged(List<String> changed) {
        if (!changed.isEmpty()) {
            throw new BadInputException("Cannot reproduce " + file + " byte for byte: the bank is not the one it was"
                    + " made from (SHA-256 of each file recorded in the manifest):\n  " + String.join("\n  ", changed)
                    + "\nRestore those files (e.g. from version control) to reprint the run, or generate a new run.");
        }
    }

    private Layout recordedLayout() {
        String source = recorded.layoutSource() != null ? recorded.layoutSource() : recorded.layout();
        if (source == null || source.isBlank()) {
            throw new BadInputException(file + ": 'request' names no layout — give --layout to choose one.");
        }
        if (recorded.layoutSha256() != null) {
            Path layoutFile = Path.of(source);
            if (!Files.isRegularFile(layoutFile) || !Sha256.hex(layoutFile).equals(recorded.layoutSha256())) {
                throw new BadInputException("Cannot reproduce " + file + " byte for byte: the layout file " + source
                        + (Files.isRegularFile(layoutFile) ? " has changed since the run" : " is missing")
                        + ". Restore it, give another layout with --layout, or generate a new run.");
            }
        }
        return Layouts.load(source);
    }

    private Paper paper(Manifest.SetEntry set, Map<String, Question> byId) {
        String letter = set.set();
        List<PaperItem> items = new ArrayList<>();
        for (Manifest.Item entry : set.questions()) {
            Question question = byId.get(entry.id());
            if (question == null) {
                throw new BadInputException(file + ": set " + letter + " names question " + entry.id()
                        + ", which the bank no longer has");
            }
            List<Integer> order = new ArrayList<>();
            for (String option : entry.options() == null ? List.<String>of() : entry.options()) {
                order.add(option.charAt(0) - 'A');
            }
            List<Integer> sorted = new ArrayList<>(order);
            sorted.sort(null);
            List<Integer> every = java.util.stream.IntStream.range(0, question.options().size()).boxed().toList();
            if (!sorted.equals(every)) {
                throw new BadInputException(file + ": set " + letter + " question " + entry.number() + " ("
                        + entry.id() + "): the options " + (entry.options() == null ? "[]" : entry.options())
                        + " are not an order of its " + question.options().size() + " options"
                        + (every.isEmpty() ? "" : " (each of A to " + (char) ('A' + every.size() - 1) + " once)")
                        + " — is this the manifest of a run of this bank, unchanged?");
            }
            items.add(new PaperItem(entry.number(), question, order));
        }
        if (set.sections() == null) {
            throw new BadInputException(file + ": made by a papersetter that did not record sections;"
                    + " it cannot be reproduced byte for byte — generate it again with its seed and options");
        }
        List<Section> sections = new ArrayList<>();
        for (Manifest.SectionEntry section : set.sections()) {
            sections.add(new Section(section.heading() == null ? "" : section.heading(),
                    section.instructions() == null ? "" : section.instructions(),
                    items.subList(section.first() - 1, section.last()),
                    section.wrong() == null ? null : new BigDecimal(section.wrong())));
        }
        return new Paper(letter, manifest.seed(), set.code(), sections);
    }
}
