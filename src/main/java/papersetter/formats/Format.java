package papersetter.formats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import papersetter.io.Signature;

/** The formats papersetter reads banks from and converts questions to. */
public enum Format {
    CSV("csv", "papersetter CSV", ".csv"),
    XLSX("xlsx", "Excel workbook", ".xlsx"),
    GIFT("gift", "Moodle GIFT", ".gift"),
    AIKEN("aiken", "Aiken", ".txt"),
    MOODLE_XML("moodle-xml", "Moodle XML", ".xml"),
    QTI("qti", "QTI 2.1 content package", ".zip");

    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^[ \\t]*ANSWER[ \\t]*:[ \\t]*[A-Za-z][ \\t]*\\r?$");
    private static final Pattern GIFT_SIGNS = Pattern.compile(
            "(?m)^[ \\t]*(//|::|\\$CATEGORY:)|\\{[ \\t\\r\\n]*([=~]|T\\b|F\\b|TRUE\\b|FALSE\\b|\\})");

    private final String name;
    private final String title;
    private final String extension;

    Format(String name, String title, String extension) {
        this.name = name;
        this.title = title;
        this.extension = extension;
    }

    /** The name given to {@code --to}. */
    public String label() {
        return name;
    }

    /** The name a trainer knows the format by. */
    public String title() {
        return title;
    }

    public String extension() {
        return extension;
    }

    public static Optional<Format> byLabel(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (wanted.equals("xml") || wanted.equals("moodle")) {
            return Optional.of(MOODLE_XML);
        }
        return Arrays.stream(values()).filter(f -> f.name.equals(wanted)).findFirst();
    }

    /** Whether a file in a bank folder is a question file, by its name alone (.txt and .xml are decided by content). */
    public static boolean mayBeBank(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".gift")
                || name.endsWith(".txt") || name.endsWith(".xml") || name.endsWith(".aiken");
    }

    /**
     * The format of a bank file, by its extension and, where that does not settle it, its first
     * bytes: a GIFT or Aiken file saved as .txt, a workbook or Moodle XML under another name.
     * Empty for a .txt or .xml file that is none of these (in a folder, such a file is not part of the bank).
     */
    public static Optional<Format> of(Path file, byte[] bytes) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV); // the CSV reader says it when a .csv file is a workbook in disguise
        }
        if (Signature.startsWith(bytes, 'P', 'K', 3, 4)) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".gift")) {
            return Optional.of(GIFT);
        }
        if (name.endsWith(".aiken")) {
            return Optional.of(AIKEN);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        String start = head.stripLeading();
        if (start.startsWith("<?xml") || start.startsWith("<quiz")) {
            return head.contains("<quiz") ? Optional.of(MOODLE_XML) : Optional.empty();
        }
        if (AIKEN_ANSWER.matcher(head).find()) {
            return Optional.of(AIKEN);
        }
        if (GIFT_SIGNS.matcher(head).find()) {
            return Optional.of(GIFT);
        }
        if (name.endsWith(".txt") || name.endsWith(".xml")) {
            return Optional.empty();
        }
        return Optional.of(CSV);
    }
}
