package papersetter.model;

/** Option letters and set letters: 0 is A, 25 is Z, 26 is AA, as spreadsheets count. */
public final class Letters {
    private Letters() {
    }

    public static String of(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            n--;
            letters.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return letters.toString();
    }
}
