package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * The manifest says how far apart the sets are in figures that grow with the number of sets; the
 * table of every pair stays while it is small; manifests written with the table reprint unchanged.
 */
class OverlapInManifestTest {
    @TempDir
    Path out;
    @TempDir
    Path again;

    @Test
    void manySetsKeepEachSetsClosestSetButNotEveryPair() throws IOException {
        Cli run = Cli.run("generate", "--level", "fresher", "--count", "4", "--sets", "30", "--vary", "questions",
                "--seed", "5", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Map<String, Object> manifest = manifest(BlueprintTest.only(out));
        Map<String, Object> drawing = map(manifest.get("drawing"));
        assertThat(drawing).doesNotContainKey("overlap").containsKeys("maxOverlap", "maxOverlapSets", "closest");

        List<Map<String, Object>> sets = BlueprintTest.sets(BlueprintTest.only(out));
        int most = -1;
        String mostSets = null;
        for (int a = 0; a < sets.size(); a++) {
            for (int b = a + 1; b < sets.size(); b++) {
                int shared = shared(sets.get(a), sets.get(b));
                if (shared > most) {
                    most = shared;
                    mostSets = sets.get(a).get("set") + "-" + sets.get(b).get("set");
                }
            }
        }
        assertThat(drawing.get("maxOverlap")).isEqualTo(most);
        assertThat(drawing.get("maxOverlapSets")).isEqualTo(mostSets);
        assertThat(run.out()).contains("Sets share at most " + most + " questions (sets " + mostSets.replace("-", " and "));

        Map<String, Object> closest = map(drawing.get("closest"));
        assertThat(closest).hasSize(30);
        for (Map<String, Object> set : sets) {
            Map<String, Object> nearest = map(closest.get((String) set.get("set")));
            Map<String, Object> other = sets.stream().filter(s -> s.get("set").equals(nearest.get("set"))).findFirst()
                    .orElseThrow();
            assertThat(other).isNotSameAs(set);
            assertThat(nearest.get("shares")).isEqualTo(shared(set, other));
            for (Map<String, Object> any : sets) {
                if (any != set) {
                    assertThat(shared(set, any)).isLessThanOrEqualTo((Integer) nearest.get("shares"));
                }
            }
        }
    }

    @Test
    void fewSetsListEveryPair() throws IOException {
        Cli run = Cli.run("generate", "--level", "fresher", "--count", "4", "--sets", "3", "--vary", "questions",
                "--seed", "5", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<Map<String, Object>> sets = BlueprintTest.sets(BlueprintTest.only(out));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("A-B", shared(sets.get(0), sets.get(1)));
        expected.put("A-C", shared(sets.get(0), sets.get(2)));
        expected.put("B-C", shared(sets.get(1), sets.get(2)));
        Map<String, Object> drawing = map(manifest(BlueprintTest.only(out)).get("drawing"));
        assertThat(map(drawing.get("overlap"))).containsExactlyEntriesOf(expected);
        assertThat(run.out()).contains("(A-B: " + expected.get("A-B") + ", A-C: " + expected.get("A-C") + ", B-C: "
                + expected.get("B-C") + ")");
    }

    /** Earlier versions wrote every pair whatever the number of sets; a reprint copies what was recorded. */
    @Test
    void aManifestWithEveryPairOfThirtySetsReprintsUnchanged() throws IOException {
        Cli run = Cli.run("generate", "--level", "fresher", "--count", "3", "--sets", "30", "--vary", "questions",
                "--seed", "6", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path original = BlueprintTest.only(out);
        Map<String, Object> manifest = manifest(original);
        List<Map<String, Object>> sets = BlueprintTest.sets(original);
        Map<String, Object> pairs = new LinkedHashMap<>();
        for (int a = 0; a < sets.size(); a++) {
            for (int b = a + 1; b < sets.size(); b++) {
                pairs.put(sets.get(a).get("set") + "-" + sets.get(b).get("set"), shared(sets.get(a), sets.get(b)));
            }
        }
        Map<String, Object> drawing = map(manifest.get("drawing"));
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("overlap", pairs);
        old.put("maxOverlap", drawing.get("maxOverlap"));
        old.put("meanDifficulty", drawing.get("meanDifficulty"));
        manifest.put("drawing", old);
        String oldStyle = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(manifest) + "\n";
        Files.writeString(original.resolve("manifest.json"), oldStyle, StandardCharsets.UTF_8);

        Cli reprint = Cli.run("generate", "--from", original.resolve("manifest.json").toString(), "--out", again.toString());
        assertThat(reprint.exitCode()).as(reprint.toString()).isZero();
        Path copy = BlueprintTest.only(again);
        assertThat(Files.readString(copy.resolve("manifest.json"))).isEqualTo(oldStyle);
        assertThat(BlueprintTest.sha256(copy.resolve("all-papers.pdf")))
                .isEqualTo(BlueprintTest.sha256(original.resolve("all-papers.pdf")));
    }

    private static int shared(Map<String, Object> a, Map<String, Object> b) {
        Set<Object> ids = new HashSet<>(BlueprintTest.list(a.get("questions")).stream().map(q -> q.get("id")).toList());
        ids.retainAll(BlueprintTest.list(b.get("questions")).stream().map(q -> q.get("id")).toList());
        return ids.size();
    }

    private static Map<String, Object> manifest(Path folder) throws IOException {
        return new LinkedHashMap<>(JSON.std.mapFrom(Files.readAllBytes(folder.resolve("manifest.json"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
