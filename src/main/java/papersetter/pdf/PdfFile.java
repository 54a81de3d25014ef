package papersetter.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    /** What is written but not yet passed on to the stream. */
    private final PdfBytes out = new PdfBytes(64 * 1024);
    private final OutputStream target;
    /** Bytes passed on to the stream so far. */
    private long flushed;
    private final List<Long> offsets = new ArrayList<>();

    /** @param target where the file goes; written in large pieces, and not closed here */
    public PdfFile(OutputStream target) {
        this.target = target;
        // The comment's high bytes tell file tools that the file is binary.
        out.ascii("%PDF-1.4\n%").raw(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3}).ascii("\n");
        offsets.add(0L); // object 0 is the head of the free list
    }

    /** A number for an object to be written later. */
    public int reserve() {
        offsets.add(-1L);
        return offsets.size() - 1;
    }

    /** Writes a dictionary (or any direct object) as object {@code number}. */
    public void object(int number, PdfBytes body) {
        begin(number);
        out.raw(body).ascii("\nendobj\n");
        flushIfLarge();
    }

    public int object(PdfBytes body) {
        int number = reserve();
        object(number, body);
        return number;
    }

    /**
     * Writes a stream object, its data as given.
     *
     * @param dictionary the stream's own entries (its /Filter, if the data is compressed), without /Length
     */
    public int stream(String dictionary, byte[] data) {
        int number = reserve();
        begin(number);
        out.ascii("<<").ascii(dictionary).ascii(" /Length ").number(data.length).ascii(">>\nstream\n").raw(data)
                .ascii("\nendstream\nendobj\n");
        flushIfLarge();
        return number;
    }

    /** Ends the file: the cross-reference table and the trailer; then everything is passed on. */
    public void finish(int catalog, int info, byte[] id) {
        long xref = position();
        out.ascii("xref\n0 ").number(offsets.size()).ascii("\n0000000000 65535 f \n");
        for (int i = 1; i < offsets.size(); i++) {
            if (offsets.get(i) < 0) {
                throw new IllegalStateException("object " + i + " was reserved but never written");
            }
            String offset = Long.toString(offsets.get(i));
            out.ascii("0000000000".substring(offset.length())).ascii(offset).ascii(" 00000 n \n");
        }
        out.ascii("trailer\n<</Size ").number(offsets.size()).ascii(" /Root ").number(catalog).ascii(" 0 R /Info ")
                .number(info).ascii(" 0 R /ID [").hexString(id).hexString(id).ascii("]>>\nstartxref\n").number(xref)
                .ascii("\n%%EOF\n");
        flush();
    }

    private long position() {
        return flushed + out.size();
    }

    private void flushIfLarge() {
        if (out.size() > 1 << 20) {
            flush();
        }
    }

    private void flush() {
        try {
            out.writeTo(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flushed += out.size();
        out.clear();
    }

    /**
     * A file's /ID, derived from a name for it: a PDF normally carries a random one, which would
     * make two runs with the same seed differ.
     */
    public static byte[] idFor(String name) {
        try {
            return MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    /** Compresses once-per-run data (fonts) as well as deflate can. */
    public static byte[] deflate(byte[] data) {
        return deflate(data, Deflater.BEST_COMPRESSION);
    }

    /**
     * Page content is compressed for speed: it is written for every set, and deflate's fastest
     * level costs a third of its default for a few percent more bytes.
     */
    public static byte[] deflateFast(byte[] data) {
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
        offsets.set(number, position());
        out.number(number).ascii(" 0 obj\n");
    }
}
