package papersetter.scan;

/**
 * One page of the scans, in the order they were given, not yet decoded: decoding happens on a
 * worker thread, so reading the files stays ahead of the work and memory holds a few pages only.
 *
 * @param number the page's place among all the scans, from 1
 * @param where the file (and page, in a PDF or TIFF) in a trainer's words
 */
record ScanPage(int number, String where, Decoder decoder) {
    /** Decodes the page's picture. */
    interface Decoder {
        GreyImage decode() throws Unreadable;
    }

    /** A page whose picture cannot be decoded: truncated, damaged or too big. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
