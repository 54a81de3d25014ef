package papersetter.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank loader's way into the other formats: a file's bytes, read as the rows of a papersetter
 * CSV. Pictures a Moodle XML file carries are written beside it once the file has read without
 * an error (see {@link Pictures}).
 */
public final class ForeignBank {
    private ForeignBank() {
    }

    /**
     * @param format what {@link Format#of} found; not CSV, which the bank reads itself
     * @return one table per part of the file (a workbook may give one per sheet)
     */
    public static List<Table> read(Path file, byte[] bytes, Format format) {
        return switch (format) {
            case XLSX -> XlsxReader.read(file, bytes);
            case GIFT -> List.of(GiftReader.read(file, bytes));
            case AIKEN -> List.of(AikenReader.read(file, bytes));
            case MOODLE_XML -> {
                Pictures pictures = new Pictures();
                Table table = MoodleXmlReader.read(file, bytes, pictures);
                if (table.hasErrors()) {
                    yield List.of(table);
                }
                List<Table.Note> notes = new ArrayList<>(table.notes());
                pictures.write(notes);
                yield List.of(new Table(table.part(), table.header(), table.rows(), notes));
            }
            case CSV, QTI -> throw new IllegalArgumentException(format + " is not read through ForeignBank");
        };
    }
}
