package papersetter.model;

/**
 * What a roll number may be: the key a class list, an answer sheet's QR code and the marks share,
 * so one rule for all of them.
 */
public final class Roll {
    /** The most characters a roll number may have; a sheet's QR code stays small enough to read. */
    public static final int MAX_LENGTH = 20;

    private Roll() {
    }

    /**
     * 1 to {@value #MAX_LENGTH} characters, none of them a control or formatting character nor an
     * unpaired surrogate, and no space at either end.
     */
    public static boolean valid(String roll) {
        return roll != null && !roll.isEmpty() && roll.codePointCount(0, roll.length()) <= MAX_LENGTH
                && roll.strip().equals(roll) && roll.codePoints().noneMatch(c -> Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE
                        || Character.getType(c) == Character.UNASSIGNED);
    }
}
