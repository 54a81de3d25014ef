package papersetter.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever a manifest has become (edited by hand, cut short, a byte changed), reading it gives a
 * manifest or a {@link ManifestException} with a message, never another exception.
 */
class ManifestReaderProperties {
    /** A manifest as papersetter writes it: two sets of small.csv, with options, sections and a drawing. */
    static final String MANIFEST = """
            {
              "papersetter" : "0.1.0",
              "version" : 2,
              "seed" : 1,
              "request" : {
                "bank" : "src/test/resources/robustness/small.csv",
                "level" : [ ],
                "topic" : [ "orm" ],
                "type" : [ ],
                "count" : 2,
                "sets" : 2,
                "layout" : "exam",
                "title" : "Small test",
                "course" : "",
                "institution" : "",
                "duration" : "10 minutes",
                "date" : "",
                "vary" : "order"
              },
              "bankFiles" : [ {
                "path" : "src/test/resources/robustness/small.csv",
                "sha256" : "3f45a54be7c4af649953826c705f9e21c24c693b0533ddbcd0cd4f5a239b415a"
              } ],
              "printFile" : "all-papers.pdf",
              "keysFile" : "keys.csv",
              "drawing" : {
                "overlap" : { "A-B" : 2 },
                "maxOverlap" : 2,
                "maxOverlapSets" : "A-B",
                "closest" : { "A" : { "set" : "B", "shares" : 2 }, "B" : { "set" : "A", "shares" : 2 } },
                "meanDifficulty" : { "A" : "0.00", "B" : "0.00" }
              },
              "sets" : [ {
                "set" : "A",
                "code" : "597N-A",
                "paper" : "paper-A.pdf",
                "key" : "key-A.pdf",
                "totalMarks" : "2",
                "sections" : [ { "heading" : "Multiple choice", "instructions" : "Choose.", "first" : 1, "last" : 1,
                  "marks" : "1" }, { "heading" : "True or false", "instructions" : "Circle.", "first" : 2,
                  "last" : 2, "marks" : "1" } ],
                "questions" : [ { "number" : 1, "id" : "S-001", "type" : "mcq", "marks" : "1",
                  "options" : [ "A", "C", "B" ], "answer" : "A" },
                  { "number" : 2, "id" : "S-002", "type" : "truefalse", "marks" : "1" } ]
              }, {
                "set" : "B",
                "code" : "597N-B",
                "paper" : "paper-B.pdf",
                "key" : "key-B.pdf",
                "totalMarks" : "2",
                "sections" : [ { "heading" : "Multiple choice", "instructions" : "Choose.", "first" : 1, "last" : 2,
                  "marks" : "2" } ],
                "questions" : [ { "number" : 1, "id" : "S-001", "type" : "mcq", "marks" : "1",
                  "options" : [ "B", "A", "C" ], "answer" : "B" },
                  { "number" : 2, "id" : "S-002", "type" : "truefalse", "marks" : "1" } ]
              } ]
            }
            """;

    @Property(tries = 400)
    void aChangedManifestIsReadOrRefusedWithAMessage(@ForAll("edits") Tuple.Tuple3<Integer, Integer, String> edit) {
        byte[] original = MANIFEST.getBytes(StandardCharsets.UTF_8);
        int at = edit.get1() % original.length;
        int cut = Math.min(original.length - at, edit.get2());
        byte[] inserted = edit.get3().getBytes(StandardCharsets.UTF_8);
        byte[] changed = new byte[original.length - cut + inserted.length];
        System.arraycopy(original, 0, changed, 0, at);
        System.arraycopy(inserted, 0, changed, at, inserted.length);
        System.arraycopy(original, at + cut, changed, at + inserted.length, original.length - at - cut);
        try {
            Manifest manifest = ManifestReader.read(changed, "manifest.json");
            assertThat(manifest.sets()).isNotEmpty();
            assertThat(manifest.seed()).isNotNull();
        } catch (ManifestException e) {
            assertThat(e.getMessage()).startsWith("manifest.json: ").doesNotContain("com.fasterxml", "REDACTED",
                    "START_", "VALUE_");
        }
    }

    @Property(tries = 1)
    void theSampleIsAManifestThatReads() {
        assertThat(ManifestReader.read(MANIFEST.getBytes(StandardCharsets.UTF_8), "manifest.json").sets()).hasSize(2);
    }

    @Provide
    Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edits() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "null", "true", "1e999", "-1", "\"x\"", "[ ]",
                        "{ }", "\u0000", "\\u0000", "\"A\"", "99999999999999999999", "1.5", "\"\""),
                Arbitraries.strings().ofMaxLength(6));
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 40), pieces).as(Tuple::of);
    }
}
