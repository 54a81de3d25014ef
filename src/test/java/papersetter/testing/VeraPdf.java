package papersetter.testing;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's validator, run in-process on a file: the rules it breaks, or none. */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** PDF/UA-1 (ISO 14289-1): what a screen reader needs. */
    public static List<String> pdfUa1Failures(Path pdf) {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    /** PDF/A-2b (ISO 19005-2, level B): a file that shows the same in fifty years. */
    public static List<String> pdfA2bFailures(Path pdf) {
        return failures(pdf, PDFAFlavour.PDFA_2_B);
    }

    /** Each failed rule once, as "clause-test: description (context of the first failure)". */
    private static List<String> failures(Path pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(
                new ByteArrayInputStream(Files.readAllBytes(pdf)), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            TreeMap<String, String> failed = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    failed.putIfAbsent(rule, rule + ": " + assertion.getMessage() + " (first at "
                            + assertion.getLocation().getContext() + ")");
                }
            }
            return List.copyOf(failed.values());
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate " + pdf + ": " + e, e);
        }
    }
}
