package papersetter.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import papersetter.model.BadInputException;

/**
 * Reads a file the user named (a bank, a layout, a spec, a manifest, …) with a stated limit on
 * its size, so that a wrong path can neither hang the run nor fill memory: {@code /dev/zero}
 * never ends and a FIFO may never open, so anything but a regular file is refused by name
 * before it is opened, and a file is read only up to its limit whatever size it claims
 * ({@code /proc} files claim none).
 */
public final class InputFile {
    /** Layouts and paper specs: a few kilobytes in practice. */
    public static final long SETTINGS_LIMIT = 1L << 20;

    private static final int SLICE = 1 << 20;

    private InputFile() {
    }

    /**
     * A file refused before or while reading it: {@link #reason()} and {@link #fix()} are in
     * words, without the file's name, for readers that put the name in their own message.
     */
    public static final class Refused extends BadInputException {
        private final transient Path file;
        private final String reason;
        private final String fix;

        Refused(Path file, String reason, String fix) {
            super(file + ": " + reason + " — " + fix);
            this.file = file;
            this.reason = reason;
            this.fix = fix;
        }

        public Path file() {
            return file;
        }

        public String reason() {
            return reason;
        }

        public String fix() {
            return fix;
        }
    }

    /**
     * The file's bytes, at most {@code limit} of them.
     *
     * @param what what the file should be, for the message ("a layout", "a question bank")
     * @throws Refused if it is not a regular file (a folder, a device, a FIFO) or is over the limit
     * @throws NoSuchFileException if there is no such file
     * @throws IOException if it cannot be read, for the caller to say why in its own words
     */
    public static byte[] read(Path file, long limit, String what) throws IOException {
        checkRegular(file, what);
        long size = Files.size(file);
        if (size > limit) {
            throw tooBig(file, size, limit, what);
        }
        try (FileChannel channel = FileChannel.open(file)) {
            byte[] bytes = new byte[(int) Math.min(Math.max(size, 0), limit)];
            int filled = 0;
            while (true) {
                if (filled == bytes.length) {
                    // Read one byte more to learn whether the file goes on: nearly always it ends
                    // here, at the size it claimed, and the bytes are returned without a copy.
                    ByteBuffer one = ByteBuffer.allocate(1);
                    int more = channel.read(one);
                    if (more < 0) {
                        return bytes;
                    }
                    if (more == 0) {
                        continue;
                    }
                    if (filled >= limit) {
                        throw tooBig(file, -1, limit, what);
                    }
                    // The file has grown since its size was asked, or claims a size it does not have.
                    bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(8192L, 2L * bytes.length)));
                    bytes[filled++] = one.get(0);
                    continue;
                }
                int read = channel.read(ByteBuffer.wrap(bytes, filled, Math.min(SLICE, bytes.length - filled)));
                if (read < 0) {
                    return filled == bytes.length ? bytes : Arrays.copyOf(bytes, filled);
                }
                filled += read;
            }
        }
    }

    /**
     * Refuses anything that is not a regular file (after following links), naming what it is.
     *
     * @throws NoSuchFileException if there is no such file
     */
    public static void checkRegular(Path file, String what) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return;
        }
        String kind = attributes.isDirectory() ? "a folder" : kind(file);
        throw new Refused(file, "this is " + kind + ", not a file", "give the path of " + what);
    }

    /** "64 MB" for limits and sizes in messages. */
    public static String size(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0 || bytes >= 10L << 20) {
            return bytes / (1L << 20) + " MB";
        }
        if (bytes >= 1L << 10) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static Refused tooBig(Path file, long size, long limit, String what) {
        String reason = size < 0 ? "the file goes on past " + size(limit) + ", the most " + what + " may hold"
                : "the file is " + size(size) + ", more than the " + size(limit) + " " + what + " may hold";
        return new Refused(file, reason, "check that this is the right file");
    }

    /** A device, a FIFO or a socket, as far as the system says (Linux and macOS tell by the file mode). */
    private static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            switch (mode & 0170000) {
                case 0020000, 0060000:
                    return "a device";
                case 0010000:
                    return "a pipe (FIFO)";
                case 0140000:
                    return "a socket";
                default:
                    break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // the system cannot say more
        }
        return "a special file";
    }
}
