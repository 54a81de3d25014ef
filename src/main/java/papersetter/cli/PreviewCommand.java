package papersetter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import papersetter.render.PagePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "preview",
        mixinStandardHelpOptions = true,
        description = {"Renders the pages of a PDF as PNG images, to check a paper without opening every PDF."},
        footer = {"", "Examples:",
            "  papersetter preview output/django-20261124-101500-seed42/paper-A.pdf",
            "  papersetter preview --pages 1 --dpi 150 --out previews output/*/key-*.pdf"})
final class PreviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PDF", description = "One or more PDF files.")
    List<Path> pdfs;

    @Option(names = "--dpi", defaultValue = "80", description = "Image resolution (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--pages", paramLabel = "N", description = "Only the first N pages (default: all).")
    Integer pages;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the images (default: beside each PDF).")
    Path out;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        if (dpi < 20 || dpi > 600) {
            throw new papersetter.model.BadInputException("--dpi must be between 20 and 600 (it was " + dpi + ").");
        }
        if (pages != null && pages < 1) {
            throw new papersetter.model.BadInputException("--pages must be 1 or more (it was " + pages
                    + "); leave it out for every page.");
        }
        PrintWriter printer = spec.commandLine().getOut();
        for (Path pdf : pdfs) {
            Path folder = out != null ? out : (pdf.toAbsolutePath().getParent());
            for (Path image : PagePreview.render(pdf, folder, dpi, pages == null ? 0 : pages)) {
                printer.println(image);
            }
        }
        printer.flush();
        return ErrorReporter.OK;
    }
}
