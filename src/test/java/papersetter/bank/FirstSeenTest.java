package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FirstSeenTest {
    private final FirstSeen caseBlind = new FirstSeen(text -> text.toLowerCase(Locale.ROOT).hashCode(),
            (a, b) -> a.equalsIgnoreCase(b));

    @Test
    void findsTheFirstTextThatIsAlike() {
        assertThat(caseBlind.firstOrAdd("DJ-ORM-1")).isEqualTo(-1);
        assertThat(caseBlind.firstOrAdd("DJ-ORM-2")).isEqualTo(-1);
        assertThat(caseBlind.firstOrAdd("dj-orm-1")).isEqualTo(0);
        assertThat(caseBlind.firstOrAdd("Dj-Orm-2")).isEqualTo(1);
        assertThat(caseBlind.size()).isEqualTo(2); // a text found again is not remembered twice
    }

    @Test
    void keepsFindingTextsAsItGrows() {
        for (int i = 0; i < 100_000; i++) {
            assertThat(caseBlind.firstOrAdd("Q-" + i)).isEqualTo(-1);
        }
        for (int i = 0; i < 100_000; i += 7) {
            assertThat(caseBlind.firstOrAdd("q-" + i)).isEqualTo(i);
        }
    }

    @Test
    void textsWithOneHashAreToldApart() {
        FirstSeen oneHash = new FirstSeen(text -> 42, String::equals);
        for (int i = 0; i < 500; i++) {
            assertThat(oneHash.firstOrAdd("text " + i)).isEqualTo(-1);
        }
        assertThat(oneHash.firstOrAdd("text 250")).isEqualTo(250);
    }
}
