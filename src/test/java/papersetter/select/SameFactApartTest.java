package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * Items that test the same fact in other words (an mcq that gives away a written answer) share a
 * {@code fact} label, and no paper holds two of them: in simple draws, spec sections, --vary
 * questions and the shortfall messages. `validate` points at likely pairs not yet marked.
 */
class SameFactApartTest {
    @TempDir
    Path scratch;
    @TempDir
    Path out;

    /** 10 items on two topics; F1–F4 test one fact (fact:autoescape), F5 and F6 another (two labels on F6). */
    private Path bank() throws IOException {
        Path bank = scratch.resolve("facts.csv");
        Files.writeString(bank, """
                id,level,topic,type,question,answer,fact
                F1,basic,templates,truefalse,Autoescaping is on by default in Django templates.,true,fact:autoescape
                F2,basic,security,truefalse,{{ comment }} prints <script> tags unchanged by default.,false,FACT:Autoescape
                F3,basic,templates,short,What does {{ msg }} output when msg holds <b>Hi</b>?,The escaped text.,fact:autoescape
                F4,basic,security,short,How do Django templates protect against stored XSS?,They escape variables.,fact:autoescape
                F5,basic,security,truefalse,The CSRF token must be sent with every POST form.,true,fact:csrf
                F6,basic,security,truefalse,{% csrf_token %} belongs inside a POST form.,true,fact:csrf; fact:forms
                N1,basic,templates,truefalse,The for tag can loop over a list.,true,
                N2,basic,templates,truefalse,The if tag can test a variable.,true,
                N3,basic,security,truefalse,Passwords are stored hashed.,true,
                N4,basic,security,truefalse,SECRET_KEY must be kept secret.,true,
                """, StandardCharsets.UTF_8);
        return bank;
    }

    private static void atMostOneOfEachFact(Path runOut) throws IOException {
        for (Map<String, Object> set : BlueprintTest.sets(BlueprintTest.only(runOut))) {
            Set<String> ids = new HashSet<>();
            for (Map<String, Object> q : BlueprintTest.list(set.get("questions"))) {
                ids.add((String) q.get("id"));
            }
            assertThat(ids.stream().filter(List.of("F1", "F2", "F3", "F4")::contains)).as("set %s: %s", set.get("set"), ids)
                    .hasSizeLessThanOrEqualTo(1);
            assertThat(ids.stream().filter(List.of("F5", "F6")::contains)).as("set %s: %s", set.get("set"), ids)
                    .hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void aSimpleDrawTakesOneItemOfEachFact() throws IOException {
        Path bank = bank();
        for (int seed = 1; seed <= 15; seed++) {
            Path runOut = out.resolve("s" + seed);
            Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "6", "--sets", "2", "--seed",
                    String.valueOf(seed), "--out", runOut.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            atMostOneOfEachFact(runOut);
        }
        Cli tooMany = Cli.run("generate", "--bank", bank.toString(), "--count", "7", "--seed", "1", "--out",
                out.resolve("x").toString());
        assertThat(tooMany.exitCode()).as(tooMany.toString()).isEqualTo(2);
        assertThat(tooMany.err()).contains("only 6 questions match", "4 more questions match but repeat a question"
                + " counted here, or test the same fact");
    }

    @Test
    void specSectionsAndVariedSetsKeepThemApart() throws IOException {
        Path spec = scratch.resolve("spec.yaml");
        Files.writeString(spec, """
                title: Facts
                sections:
                  - heading: True or false
                    type: truefalse
                    count: 3
                  - heading: Written
                    type: short
                    count: 1
                """);
        Path bank = bank();
        for (int seed = 1; seed <= 10; seed++) {
            Path runOut = out.resolve("v" + seed);
            Cli run = Cli.run("generate", "--bank", bank.toString(), "--spec", spec.toString(), "--sets", "2",
                    "--vary", "questions", "--seed", String.valueOf(seed), "--out", runOut.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            atMostOneOfEachFact(runOut);
        }
        Files.writeString(spec, """
                title: Facts
                sections:
                  - heading: Written
                    type: short
                    count: 2
                """);
        Cli tooMany = Cli.run("generate", "--bank", bank.toString(), "--spec", spec.toString(), "--seed", "1",
                "--out", out.resolve("y").toString());
        assertThat(tooMany.exitCode()).as(tooMany.toString()).isEqualTo(2);
        assertThat(tooMany.err()).contains("needs 2 short items; the bank has 1: F3 (1 more repeats one of these or"
                + " tests the same fact, and a paper holds only one of those)");
    }

    @Test
    void aFactLabelWithSpacesIsRefusedWithItsPlace() throws IOException {
        Path bank = scratch.resolve("bad.csv");
        Files.writeString(bank, """
                id,level,topic,type,question,answer,fact
                B1,basic,t,truefalse,One.,true,auto escape
                """);
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:2: column 'fact': 'auto escape' may hold only");
    }

    @Test
    void validatePointsAtLikelyNearDuplicatesWithBothPlaces() throws IOException {
        Path bank = scratch.resolve("near.csv");
        Files.writeString(bank, """
                id,level,topic,type,question,option_a,option_b,option_c,answer,fact
                A1,basic,admin,mcq,Which flags must a user have to log in to the admin site?,is_active and is_staff,is_superuser only,is_admin,A,
                A2,basic,admin,short,Which two flags does a user need to log in to the admin site?,,,,is_active and is_staff,
                A3,basic,orm,mcq,What does filter() return?,A QuerySet,A list,A dict,A,
                A4,basic,orm,mcq,What does get() raise when nothing matches?,DoesNotExist,KeyError,ValueError,A,
                A5,basic,urls,mcq,Which function builds a URL from its name?,reverse(),resolve(),redirect(),A,
                """);
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("near.csv:3: warning: A2 and A1 (" + bank + ":2) look alike");
        assertThat(run.err()).doesNotContain("A3 and", "A4 and", "A5 and");
        // Marked as testing the same fact, the pair is no longer listed.
        Files.writeString(bank, Files.readString(bank).replace(",A,\nA2", ",A,fact:admin-login\nA2")
                .replace("is_active and is_staff,\nA3", "is_active and is_staff,fact:admin-login\nA3"));
        Cli again = Cli.run("validate", bank.toString());
        assertThat(again.err()).as(again.toString()).doesNotContain("look alike");
    }
}
