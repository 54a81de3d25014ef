package papersetter.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes one PDF file, object by object, and its cross-reference table. It knows nothing of
 * papers: render builds the pages, fonts and pictures and hands them here as PDF objects.
 *
 * <p>Objects are numbered as they are reserved and written in any order; the file carries no
 * dates and a fixed /ID, so the same objects always give the same bytes.
 */
public final class PdfFile {
    private final PdfBytes out = new PdfBytes(64 * 1024);
    private final List<Integer> offsets = new ArrayList<>();

    public PdfFile() {
        // The comment's high bytes tell file tools that the file is binary.
        out.ascii("%PDF-1.4\n%").raw(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3}).ascii("\n");
        offsets.add(0); // object 0 is the head of the free list
    }

    /** A number for an object to be written later. */
    public int reserve() {
        offsets.add(-1);
        return offsets.size() - 1;
    }

    /** Writes a dictionary (or any direct object) as object {@code number}. */
    public void object(int number, PdfBytes body) {
        begin(number);
        out.raw(body).ascii("\nendobj\n");
    }

    public int object(PdfBytes body) {
        int number = reserve();
        object(number, body);
        return number;
    }

    /**
     * Writes a stream object; {@code data} is compressed here unless it already is.
     *
     * @param dictionary the stream's own entries, without /Length and /Filter
     */
    public int stream(String dictionary, byte[] data, boolean compress) {
        byte[] content = compress ? deflateFast(data) : data;
        int number = reserve();
        begin(number);
        out.ascii("<<").ascii(dictionary).ascii(" /Length ").number(content.length);
        if (compress) {
            out.ascii(" /Filter /FlateDecode");
        }
        out.ascii(">>\nstream\n").raw(content).ascii("\nendstream\nendobj\n");
        return number;
    }

    /** Ends the file: the cross-reference table and the trailer. */
    public byte[] finish(int catalog, int info, byte[] id) {
        int xref = out.size();
        out.ascii("xref\n0 ").number(offsets.size()).ascii("\n0000000000 65535 f \n");
        for (int i = 1; i < offsets.size(); i++) {
            if (offsets.get(i) < 0) {
                throw new IllegalStateException("object " + i + " was reserved but never written");
            }
            String offset = Integer.toString(offsets.get(i));
            out.ascii("0000000000".substring(offset.length())).ascii(offset).ascii(" 00000 n \n");
        }
        out.ascii("trailer\n<</Size ").number(offsets.size()).ascii(" /Root ").number(catalog).ascii(" 0 R /Info ")
                .number(info).ascii(" 0 R /ID [").hexString(id).hexString(id).ascii("]>>\nstartxref\n").number(xref)
                .ascii("\n%%EOF\n");
        return out.toByteArray();
    }

    /** Compresses once-per-run data (fonts) as well as deflate can. */
    public static byte[] deflate(byte[] data) {
        return deflate(data, Deflater.BEST_COMPRESSION);
    }

    /**
     * Page content is compressed for speed: it is written for every set, and deflate's fastest
     * level costs a third of its default for a few percent more bytes.
     */
    static byte[] deflateFast(byte[] data) {
        return deflate(data, Deflater.BEST_SPEED);
    }

    private static byte[] deflate(byte[] data, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            PdfBytes compressed = new PdfBytes(data.length / 3 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                int length = deflater.deflate(buffer);
                compressed.raw(buffer, 0, length);
            }
            return compressed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private void begin(int number) {
        offsets.set(number, out.size());
        out.number(number).ascii(" 0 obj\n");
    }
}
