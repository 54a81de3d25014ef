package papersetter.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.BadInputException;

class RosterTest {
    @TempDir
    Path folder;

    private Path file(String text) throws IOException {
        Path file = folder.resolve("roster.csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void readsASpreadsheetExportWithBomCrlfAndSemicolons() throws IOException {
        Roster roster = Roster.read(file("\uFEFFName;Roll No;Set\r\n\"Lima; Ana\";17;\r\n  Борис ;18;b\r\n\r\n李小龙;19;\r\n"),
                3);
        assertThat(roster.students()).extracting(Roster.Student::roll).containsExactly("17", "18", "19");
        assertThat(roster.students()).extracting(Roster.Student::name).containsExactly("Lima; Ana", "Борис", "李小龙");
        assertThat(roster.students()).extracting(Roster.Student::line).containsExactly(2, 3, 5);
        assertThat(roster.students().get(1).set()).isEqualTo("B");
    }

    @Test
    void setsAreDealtInTurnDownTheListAndTheListsOwnSetWins() throws IOException {
        Roster roster = Roster.read(file("roll,name,set\n1,a,\n2,b,\n3,c,A\n4,d,\n5,e,\n"), 3);
        assertThat(roster.seats(3)).extracting(Roster.Seat::set).containsExactly("A", "B", "A", "A", "B");
        Roster plain = Roster.read(file("roll,name\n1,a\n2,b\n3,c\n4,d\n"), 2);
        assertThat(plain.seats(2)).extracting(Roster.Seat::set).containsExactly("A", "B", "A", "B");
    }

    @Test
    void everyBadRowIsReportedWithItsLineInOneGo() throws IOException {
        Path file = file("roll,name,set\n1,Ana,\n,Boris,\n1,Carla,\n2,Dev,E\n");
        assertThatThrownBy(() -> Roster.read(file, 3)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":3")
                .hasMessageContaining("roll number is empty")
                .hasMessageContaining(file + ":4")
                .hasMessageContaining("roll number '1' is already on line 2")
                .hasMessageContaining(file + ":5")
                .hasMessageContaining("set 'E' is not a set of this run")
                .hasMessageContaining("A to C")
                .hasMessageContaining("3 errors in the class list")
                .hasMessageContaining("nothing was written");
    }

    @Test
    void aListWithoutItsHeaderOrStudentsSaysWhatItNeeds() throws IOException {
        Path noHeader = file("17,Ana\n18,Boris\n");
        assertThatThrownBy(() -> Roster.read(noHeader, 2)).hasMessageContaining(":1: the header row needs the columns"
                + " 'roll' and 'name'");
        Path empty = file("");
        assertThatThrownBy(() -> Roster.read(empty, 2)).hasMessageContaining("is empty");
        Path headerOnly = file("roll,name\n");
        assertThatThrownBy(() -> Roster.read(headerOnly, 2)).hasMessageContaining("no students");
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, "roll,name\n1,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Roster.read(latin1, 2)).hasMessageContaining("is not UTF-8");
        assertThatThrownBy(() -> Roster.read(folder.resolve("missing.csv"), 2)).hasMessageContaining("no such file");
    }

    @Test
    void rollsTooLongForTheQrCodeAndNamesTooLongForTheBoxAreRefused() throws IOException {
        Path file = file("roll,name\n" + "9".repeat(21) + ",Ana\n2," + "x".repeat(81) + "\n");
        assertThatThrownBy(() -> Roster.read(file, 2)).hasMessageContaining(":2").hasMessageContaining("at most 20")
                .hasMessageContaining(":3").hasMessageContaining("longer than 80");
    }
}
