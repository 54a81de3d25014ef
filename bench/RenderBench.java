import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import papersetter.bank.BankReader;
import papersetter.model.Paper;
import papersetter.model.Question;
import papersetter.output.PrintFile;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.DrawnDocument;
import papersetter.render.KeyRenderer;
import papersetter.render.Layout;
import papersetter.render.PaperInfo;
import papersetter.render.PaperRenderer;
import papersetter.render.RunFonts;
import papersetter.shuffle.SetMaker;

/**
 * Where a set's time goes, inside one JVM on one thread: the paper, the key and the print file,
 * in milliseconds per set, over three rounds (the first one warms the JIT up). Run it from the
 * repository after building the jar:
 *
 * <pre>
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/papersetter.jar bench/RenderBench.java bank/django 300 40
 * </pre>
 *
 * The arguments are the bank, the number of sets and the number of questions per set.
 */
public class RenderBench {
    public static void main(String[] args) throws Exception {
        List<Question> questions = new ArrayList<>(BankReader.read(Path.of(args[0])).questions());
        int sets = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        Collections.shuffle(questions, new Random(1));
        List<Paper> papers = SetMaker.makeSets(questions.subList(0, count), sets, 7);
        Layout layout = Layout.DEFAULTS;
        PaperInfo info = new PaperInfo("Benchmark", "", "", "60 minutes", "");
        RunFonts fonts = RunFonts.covering(layout, info, papers);
        PaperRenderer paperRenderer = new PaperRenderer(layout, info, fonts);
        KeyRenderer keyRenderer = new KeyRenderer(layout, info, fonts);
        Path print = Files.createTempFile("render-bench", ".pdf");
        try {
            for (int round = 1; round <= 3; round++) {
                long paperTime = 0;
                long keyTime = 0;
                long printTime = 0;
                DocumentInfo about = new DocumentInfo("Benchmark", "", "", "en", false, true);
                try (PrintFile file = PrintFile.create(print, about, new byte[16])) {
                    for (Paper paper : papers) {
                        long start = System.nanoTime();
                        DrawnDocument paperPages = paperRenderer.render(paper);
                        byte[] paperPdf = paperPages.toPdf();
                        long paperDone = System.nanoTime();
                        keyRenderer.render(paper).toPdf();
                        long keyDone = System.nanoTime();
                        file.add(paperPages, paperPdf);
                        printTime += System.nanoTime() - keyDone;
                        keyTime += keyDone - paperDone;
                        paperTime += paperDone - start;
                    }
                    long finishing = System.nanoTime();
                    file.finish();
                    printTime += System.nanoTime() - finishing;
                }
                System.out.printf("round %d: paper %.2f ms, key %.2f ms, print file %.2f ms per set (%d sets of %d)%n",
                        round, paperTime / 1e6 / sets, keyTime / 1e6 / sets, printTime / 1e6 / sets, sets, count);
            }
        } finally {
            Files.deleteIfExists(print);
        }
    }
}
