package papersetter.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import papersetter.io.InputFile;
import papersetter.model.BadInputException;

/**
 * Whether a picture file (a question's picture, a layout's logo) can be printed, told before it
 * is decoded for the page: its size is read from the file's header, so a 30000 × 30000 PNG of
 * 875 KB is refused in milliseconds rather than after a gigabyte of pixels, and a text file, an
 * SVG drawing or an empty file is named for what it is. {@link #check} also reads every byte
 * (at a coarse sampling, in little memory), so a file cut short is found by {@code validate}
 * and not, depending on the seed, halfway through a run.
 */
public final class PictureCheck {
    /** 40 megapixels: more than any camera a trainer has; a page prints a picture at a few megapixels. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** The file itself: a picture over this is a wrong file or a print-shop original. */
    public static final long MAX_BYTES = 64L << 20;

    /** Decoding for {@link #check} keeps no more than about this many pixels along a side. */
    private static final int SAMPLED_SIDE = 256;
    private static final String SAVE_AS = "open it in a picture editor and save it as PNG or JPEG";

    /** What is wrong with a picture, without the file's name: each reader says where it was named. */
    public record Problem(String reason, String fix) {
    }

    private record Checked(Path file, long size, long modified) {
    }

    private static final Map<Checked, Optional<Problem>> CHECKED = new ConcurrentHashMap<>();

    private PictureCheck() {
    }

    /**
     * Reads the picture's header only: a file that is no picture, or over the limits.
     */
    public static Optional<Problem> probe(Path file) {
        return look(file, false);
    }

    /**
     * As {@link #probe}, then reads the whole picture (sampled, so in little memory) to find one
     * that is cut short or damaged. Remembered for the run, by the file's size and time.
     */
    public static Optional<Problem> check(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Checked key = new Checked(file.toAbsolutePath().normalize(), attributes.size(),
                    attributes.lastModifiedTime().toMillis());
            return CHECKED.computeIfAbsent(key, k -> look(file, true));
        } catch (IOException e) {
            return look(file, true);
        }
    }

    /**
     * For the renderers: {@link #check} and refuse with "{@code where} {@code file} reason — fix".
     *
     * @param where what named the picture, e.g. "bank/a.csv:3: column 'image':" or "Layout 'x': the logo"
     */
    public static void require(Path file, String where) {
        check(file).ifPresent(problem -> {
            throw new BadInputException(where + " " + file + " " + problem.reason() + " — " + problem.fix());
        });
    }

    private static Optional<Problem> look(Path file, boolean decode) {
        long size;
        try {
            InputFile.checkRegular(file, "a PNG or JPEG picture");
            size = Files.size(file);
        } catch (InputFile.Refused e) {
            return Optional.of(new Problem(e.reason(), e.fix()));
        } catch (IOException e) {
            return Optional.of(new Problem("cannot be read (" + BankFiles.reason(e) + ")",
                    "check that the file is there and that you may read it"));
        }
        if (size == 0) {
            return Optional.of(new Problem("is empty (0 bytes)", "save the picture again as PNG or JPEG"));
        }
        if (size > MAX_BYTES) {
            return Optional.of(new Problem("is " + InputFile.size(size) + ", more than the " + InputFile.size(MAX_BYTES)
                    + " a picture may be", "save it smaller, e.g. as a JPEG of 3000 × 2000 pixels or fewer"));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.of(notAPicture(file));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return Optional.of(damaged("it says it is " + width + " × " + height + " pixels"));
                }
                if (width * height > MAX_PIXELS) {
                    return Optional.of(new Problem("is " + width + " × " + height + " pixels ("
                            + megapixels(width * height) + " megapixels), more than the " + MAX_PIXELS / 1_000_000
                            + " megapixels a picture may have",
                            "save it at a smaller size, e.g. 4000 × 3000 pixels or fewer; that is plenty for print"));
                }
                return decode ? decoded(reader, width, height) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of(damaged(e.getMessage()));
        }
    }

    /** Reads every pixel row at a coarse sampling: a cut-off file fails, or warns (JPEG), on the way. */
    private static Optional<Problem> decoded(ImageReader reader, long width, long height) {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, (Math.max(width, height) + SAMPLED_SIDE - 1) / SAMPLED_SIDE);
        param.setSourceSubsampling(step, step, 0, 0);
        try {
            reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            return Optional.of(damaged(e.getMessage()));
        }
        return warnings.isEmpty() ? Optional.empty() : Optional.of(damaged(warnings.get(0)));
    }

    private static Problem damaged(String detail) {
        String why = detail == null || detail.isBlank() ? "" : " (" + detail.strip().replaceAll("\\s+", " ") + ")";
        return new Problem("is damaged or cut short" + why, "save the picture again as PNG or JPEG, or copy it again");
    }

    /** No picture reader knows the file: say what it is instead, if that is plain. */
    private static Problem notAPicture(Path file) {
        String start;
        try (InputStream in = Files.newInputStream(file)) {
            start = new String(in.readNBytes(512), StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            start = "";
        }
        if (start.startsWith("<svg") || start.startsWith("<?xml") && start.contains("<svg")) {
            return new Problem("is an SVG drawing, which papersetter cannot print",
                    "export it from the drawing program as PNG");
        }
        if (start.startsWith("%pdf")) {
            return new Problem("is a PDF, not a picture", SAVE_AS + " (or export the page as PNG)");
        }
        if (!start.isEmpty() && start.indexOf('\uFFFD') < 0
                && start.chars().allMatch(c -> c >= 32 || c == '\n' || c == '\r' || c == '\t')) {
            return new Problem("is a text file, not a picture", SAVE_AS);
        }
        return new Problem("is not a picture papersetter can read", SAVE_AS);
    }

    private static String megapixels(long pixels) {
        return pixels >= 10_000_000 ? Long.toString(pixels / 1_000_000)
                : String.format(Locale.ROOT, "%.1f", pixels / 1e6);
    }
}
