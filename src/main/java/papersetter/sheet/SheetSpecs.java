package papersetter.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import papersetter.model.OptionLabels;
import papersetter.output.Manifest;

/**
 * A set's {@link SheetSpec} as the manifest records it: how {@code generate} plans the sheets it
 * prints, and how a scan reader plans them again, so both get the same geometry.
 */
public final class SheetSpecs {
    private SheetSpecs() {
    }

    /**
     * The sheet of one set, for a student or (student null) for anyone.
     *
     * @param manifest a manifest as {@link papersetter.output.ManifestReader} reads it (it checks the
     *     sheet records), with {@link Manifest#sheets} not null
     * @throws IllegalArgumentException when the manifest has no sheets or no such set
     */
    public static SheetSpec of(Manifest manifest, String set, SheetSpec.Student student) {
        Manifest.Sheets sheets = manifest.sheets();
        if (sheets == null) {
            throw new IllegalArgumentException("the run printed no answer sheets");
        }
        Manifest.SetEntry entry = manifest.sets().stream().filter(s -> s.set().equals(set)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the run has no set " + set));
        List<SheetSpec.Item> items = new ArrayList<>();
        for (Manifest.Item item : entry.questions()) {
            items.add(new SheetSpec.Item(item.number(), item.type(), item.options() == null ? 0 : item.options().size(),
                    item.marks()));
        }
        return new SheetSpec(Float.parseFloat(sheets.pageWidth()), Float.parseFloat(sheets.pageHeight()), set,
                OptionLabels.of(sheets.optionLabels()).orElseThrow(), sheets.rollDigits(), student, items);
    }

    /** The student of this roll on the manifest's roster, if the sheets were personalised and it is there. */
    public static Optional<SheetSpec.Student> student(Manifest manifest, String roll) {
        if (manifest.sheets() == null || manifest.sheets().students() == null) {
            return Optional.empty();
        }
        return manifest.sheets().students().stream().filter(s -> s.roll().equals(roll)).findFirst()
                .map(s -> new SheetSpec.Student(s.roll(), s.name()));
    }

    /** Every page of the sheet a QR code names, planned from the manifest. */
    public static List<SheetGeometry> plan(Manifest manifest, SheetCode code) {
        SheetSpec.Student student = null;
        if (code.roll() != null) {
            Manifest.StudentEntry entry = manifest.sheets() == null || manifest.sheets().students() == null ? null
                    : manifest.sheets().students().stream().filter(s -> s.roll().equals(code.roll())).findFirst()
                            .orElse(null);
            if (entry == null || !entry.set().equals(code.set())) {
                throw new IllegalArgumentException("roll " + code.roll() + (entry == null
                        ? " is not on the run's roster" : " sits set " + entry.set() + " on the roster, not " + code.set()));
            }
            student = new SheetSpec.Student(entry.roll(), entry.name());
        }
        return SheetPlanner.plan(of(manifest, code.set(), student));
    }
}
