package papersetter.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import papersetter.model.Question;

/** A papersetter bank as CSV (Commons CSV) or as an Excel workbook (fastexcel): every column, nothing lost. */
final class BankFileWriter {
    private BankFileWriter() {
    }

    /** UTF-8 with a byte-order mark, so that Excel opens accents as they are. */
    static byte[] csv(List<Question> questions, Map<Path, String> pictures) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(BankRows.HEADER);
            for (Question q : questions) {
                printer.printRecord(BankRows.row(q, pictures));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory does not fail
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(List<Question> questions, Map<Path, String> pictures) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "papersetter", "1.0");
            Worksheet sheet = workbook.newWorksheet("questions");
            for (int c = 0; c < BankRows.HEADER.size(); c++) {
                sheet.value(0, c, BankRows.HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < questions.size(); r++) {
                List<String> cells = BankRows.row(questions.get(r), pictures);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        // Text cells, never formulas: a cell that starts with = stays the text it is.
                        sheet.value(r + 1, c, cells.get(c));
                    }
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
