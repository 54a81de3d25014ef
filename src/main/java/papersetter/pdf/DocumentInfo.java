package papersetter.pdf;

/**
 * What a PDF says about itself, in its document information and XMP metadata. No dates: the same
 * run must give the same bytes.
 *
 * @param author who made it (the institution), or empty
 * @param subject what it is ("Question paper, set A")
 * @param language the text's language, as a BCP 47 tag ("en", "hi-IN"), for screen readers and hyphenation
 * @param pdfA whether the file is written as PDF/A-2b, for archives
 * @param accessible whether it declares PDF/UA-1 conformance (large print)
 */
public record DocumentInfo(String title, String author, String subject, String language, boolean pdfA,
        boolean accessible) {

    public DocumentInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        language = language == null || language.isBlank() ? "en" : language;
    }

    /** The same, without the claim of PDF/UA (a file without a structure tree). */
    DocumentInfo notAccessible() {
        return new DocumentInfo(title, author, subject, language, pdfA, false);
    }
}
