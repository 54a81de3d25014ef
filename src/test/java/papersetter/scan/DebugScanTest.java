package papersetter.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

class DebugScanTest {
    @TempDir
    Path out;

    @Test
    void debug() throws Exception {
        Cli.run("generate", "--count", "30", "--sets", "2", "--seed", "5", "--answer-sheets", "--out", out.toString());
        Path run;
        try (var f = Files.list(out)) {
            run = f.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        }
        SimulatedClass.Printed printed = new SimulatedClass.Printed(run);
        Random random = new Random(15);
        List<SimulatedClass.Pupil> pupils = SimulatedClass.pupils(run, printed.manifest(), 10, random);
        SimulatedClass.damages.clear();
        Path pdf = out.resolve("class.pdf");
        SimulatedClass.scanToPdf(printed, pupils, 200, true, random, pdf);
        RunSheets sheets = new RunSheets(printed.manifest(), "run");
        List<PageResult> results = ScanReading.read(ScanFiles.list(pdf, new java.util.ArrayList<>()), sheets, n -> { });
        for (PageResult result : results) {
            System.out.println("page " + result.number() + " " + SimulatedClass.damages.get(result.number() - 1) + " " + result.problem());
            for (RowReading reading : result.readings()) {
                if (reading.doubtful()) {
                    System.out.println("  " + reading.row().key() + " " + reading.row().printed() + " " + reading.marks());
                }
            }
        }
    }
}
