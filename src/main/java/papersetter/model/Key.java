package papersetter.model;

import java.math.BigDecimal;
import java.util.List;

/** The answer key of one set, derived from its paper by {@link Paper#key()}. */
public record Key(String set, String code, List<KeyEntry> entries, BigDecimal totalMarks) {
    public Key {
        entries = List.copyOf(entries);
    }
}
