package papersetter.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads an Excel workbook (.xlsx, from Excel, LibreOffice or Google Sheets) with the same columns
 * as a CSV bank. The first sheet is the bank; when its header has no {@code topic} column, every
 * visible sheet is read and named as the topic of its rows. Rows keep their spreadsheet row
 * numbers, so a message's line is the row a trainer sees in Excel.
 */
final class XlsxReader {
    static final int MAX_ROWS = 200_000;
    static final int MAX_COLUMNS = 200;
    /** What a workbook may unpack to: a bank of a hundred thousand questions is far less; a zip bomb far more. */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private XlsxReader() {
    }

    static List<Table> read(Path file, byte[] bytes) {
        if (bytes.length < 8) {
            return List.of(broken("the file is " + (bytes.length == 0 ? "empty" : "too short to be a workbook"),
                    "save the workbook again from Excel or LibreOffice"));
        }
        if (ReadableWorkbook.isOLE2Header(bytes)) {
            return List.of(broken("an old-style Excel workbook (.xls), which papersetter does not read",
                    "open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), or as CSV UTF-8"));
        }
        Table tooBig = unpackedTooBig(bytes);
        if (tooBig != null) {
            return List.of(tooBig);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).toList();
            if (sheets.isEmpty()) {
                return List.of(broken("the workbook has no visible sheet", "unhide the sheet that holds the questions"));
            }
            Table first = sheet(sheets.get(0), null);
            boolean hasTopic = first.header().stream().anyMatch(h -> h.strip().equalsIgnoreCase("topic"));
            if (hasTopic || first.header().isEmpty()) {
                return List.of(first);
            }
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : sheets) {
                tables.add(sheet(sheet, sheet.getName().strip()));
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a damaged zip or sheet with several exception types and messages written for
            // programmers (found by fuzzing: "missing an entry in workbook rels (for id: 'null')"); all mean the same.
            return List.of(broken("the file cannot be read as an Excel workbook (it is damaged, or not a workbook)",
                    "open it in Excel or LibreOffice and save it again as .xlsx; a file copied or downloaded"
                            + " only in part reads like this"));
        }
    }

    /**
     * Unpacks the workbook once, counting, before the library reads it: a few kilobytes of zip can
     * unpack to gigabytes, and the library would hold its shared strings in memory. Null when it
     * stays within the limits (or is not a zip at all, which the library then reports).
     */
    private static Table unpackedTooBig(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return broken("the workbook holds more than " + MAX_ENTRIES + " parts, far more than a question bank",
                            "check that this is the right file");
                }
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > MAX_UNPACKED_BYTES) {
                        return broken("the workbook unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                                + " MB, far more than a question bank", "check that this is the right file");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // damaged: the library's reading says so in the trainer's words
        }
        return null;
    }

    /**
     * One sheet as a table; with {@code topic} set, the sheet's name is added as a topic column.
     */
    private static Table sheet(Sheet sheet, String topic) throws IOException {
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        List<Table.Note> notes = new ArrayList<>();
        String part = topic == null ? null : "sheet " + sheet.getName();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<String> cells = new ArrayList<>();
                int width = Math.min(row.getCellCount(), MAX_COLUMNS);
                for (int i = 0; i < width; i++) {
                    cells.add(text(row.getCell(i), row.getRowNum(), notes));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = new ArrayList<>(cells);
                    if (topic != null) {
                        header.add("topic");
                    }
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    notes.add(new Table.Note(row.getRowNum(), "the sheet has more than " + MAX_ROWS + " questions",
                            "split the bank into several files", false));
                    break;
                }
                if (topic != null) {
                    while (cells.size() < header.size() - 1) {
                        cells.add("");
                    }
                    cells.add(topic);
                }
                rows.add(new Table.Row(row.getRowNum(), cells));
            }
        }
        if (header == null) {
            notes.add(new Table.Note(0, "the sheet" + (part == null ? "" : " '" + sheet.getName() + "'") + " is empty",
                    "put the header row (id, level, topic, type, question, answer, …) and one row per question on it", false));
            header = List.of();
        }
        return new Table(part, header, rows, notes);
    }

    private static String text(Cell cell, int row, List<Table.Note> notes) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        if (type == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
        }
        if (type == CellType.ERROR) {
            notes.add(new Table.Note(row, "cell " + cell.getAddress() + " holds the spreadsheet error "
                    + cell.getRawValue(), "mend the formula, or type the value in", false));
            return "";
        }
        if (type == CellType.NUMBER) {
            // Excel keeps 1.5 as "1.5" and 2 as "2", but some writers keep 2 as "2.0": a mark or a difficulty either way.
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static Table broken(String message, String fix) {
        return new Table(List.of(), List.of(), List.of(new Table.Note(0, message, fix, false)));
    }

}
