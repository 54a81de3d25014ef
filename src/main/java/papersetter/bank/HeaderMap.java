package papersetter.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import papersetter.model.Letters;
import papersetter.text.Suggestion;

/** Which spreadsheet column holds which bank column, read from one file's header row. */
final class HeaderMap {
    private final Map<Column, Integer> positions;
    /**
     * positions again, by Column.ordinal(), with ABSENT for a column the header lacks: a row's cells
     * are looked up some 25 times, and this keeps cell small enough for the C1 compiler to inline.
     */
    private final int[] columnAt;
    private static final int ABSENT = Integer.MAX_VALUE; // beyond every row's last cell
    private final List<String> names;
    private final boolean complete;

    private HeaderMap(Map<Column, Integer> positions, List<String> names, boolean complete) {
        this.positions = positions;
        this.columnAt = new int[Column.values().length];
        for (Column column : Column.values()) {
            columnAt[column.ordinal()] = positions.getOrDefault(column, ABSENT);
        }
        this.names = names;
        this.complete = complete;
    }

    static HeaderMap read(List<String> cells, Path file, int line, ProblemList problems) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> names = new ArrayList<>();
        List<String> knownHeaders = Arrays.stream(Column.values()).map(Column::header).toList();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            names.add(name);
            if (name.isEmpty()) {
                continue; // spreadsheets export empty trailing columns; their cells are checked per row
            }
            Optional<Column> column = Column.byHeader(name);
            if (column.isEmpty()) {
                problems.warning(file, line, null, "unknown column " + CellText.quote(name), unknownFix(name, knownHeaders));
            } else if (positions.containsKey(column.get())) {
                int first = positions.get(column.get());
                problems.error(file, line, null,
                        "column '" + column.get().header() + "' appears twice in the header (spreadsheet columns "
                                + Letters.of(first) + " and " + Letters.of(i) + ")",
                        "delete or rename one of them");
            } else {
                positions.put(column.get(), i);
            }
        }
        List<Column> missing = Column.REQUIRED.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            String list = missing.stream().map(c -> "'" + c.header() + "'").collect(Collectors.joining(", "));
            problems.error(file, line, null,
                    (missing.size() == 1 ? "the header has no column " : "the header has no columns ") + list,
                    "add " + (missing.size() == 1 ? "it" : "them")
                            + " to the first row; every bank file needs id, level, topic, type, question and answer");
        }
        return new HeaderMap(positions, List.copyOf(names), missing.isEmpty());
    }

    private static String unknownFix(String name, List<String> knownHeaders) {
        String normalised = Column.normalise(name);
        if (normalised.matches("option_[i-z]")) {
            return "an item has at most 8 options (option_a … option_h); it is ignored";
        }
        return Suggestion.nearest(normalised, knownHeaders)
                .map(known -> "did you mean '" + known + "'? It is ignored")
                .orElse("it is ignored (known columns: " + String.join(", ", knownHeaders) + ")");
    }

    /** False when a required column is missing, so its rows cannot be read at all. */
    boolean complete() {
        return complete;
    }

    boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** Which spreadsheet column holds {@code column}, or -1 when none does. */
    int position(Column column) {
        int at = columnAt[column.ordinal()];
        return at == ABSENT ? -1 : at;
    }

    /** The cell of {@code column} in a row, "" when the column or the cell is absent. */
    String cell(List<String> row, Column column) {
        int at = columnAt[column.ordinal()];
        if (at < row.size()) {
            return row.get(at);
        }
        return "";
    }

    int width() {
        return names.size();
    }

    /** How a message names spreadsheet column {@code index}: its header, or its letter when it has none. */
    String nameOf(int index) {
        if (index < names.size() && !names.get(index).isEmpty()) {
            Optional<Column> known = Column.byHeader(names.get(index));
            return known.map(Column::header).orElse(names.get(index));
        }
        return Letters.of(index);
    }

    /** True for spreadsheet columns that are neither a known column nor a repeat of one. */
    boolean ignored(int index) {
        return !positions.containsValue(index);
    }

    boolean named(int index) {
        return index < names.size() && !names.get(index).isEmpty();
    }
}
