package papersetter.render;

/**
 * What the header of a paper says about the test. Empty strings are left off the page.
 *
 * @param duration as it is printed, e.g. "45 minutes"
 */
public record PaperInfo(String title, String course, String institution, String duration, String date) {
    public PaperInfo {
        title = title == null || title.isBlank() ? "Test" : title.strip();
        course = clean(course);
        institution = clean(institution);
        duration = clean(duration);
        date = clean(date);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
