package papersetter.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import papersetter.render.Layout;
import papersetter.select.Usage;

/** What a spec changes about a run besides its questions, and how the manifest records it. */
final class SpecLayout {
    private SpecLayout() {
    }

    /** The layout with the spec's general instructions in place of its own. */
    static Layout withInstructions(Layout layout, List<String> instructions) {
        return layout.withInstructions(instructions);
    }

    /** The spec-related options of a run, for its manifest; only what differs from the plain case. */
    static Map<String, Object> describe(GenerateRequest request, Usage usage) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (!request.layoutSource().equals(request.layout().name())) {
            options.put("layoutSource", request.layoutSource().replace('\\', '/'));
        }
        Path layoutFile = Path.of(request.layoutSource());
        if (Files.isRegularFile(layoutFile)) {
            options.put("layoutSha256", sha256(layoutFile));
        }
        request.spec().file().ifPresent(file -> {
            options.put("spec", file.toString().replace('\\', '/'));
            options.put("specSha256", sha256(file));
        });
        request.spec().instructions().ifPresent(text -> options.put("instructions", new ArrayList<>(text)));
        options.put("vary", request.vary().name().toLowerCase(Locale.ROOT));
        request.maxOverlap().ifPresent(most -> options.put("maxOverlap", most));
        if (request.equivalent() != papersetter.select.Equivalence.TOPIC) {
            options.put("equivalent", request.equivalent().name().toLowerCase(Locale.ROOT));
        }
        if (request.avoidRecent() > 0) {
            options.put("avoidRecent", request.avoidRecent());
            // A reproduction prints the recorded ids; these say which were left out and why.
            options.put("avoided", new ArrayList<>(new java.util.TreeSet<>(usage.avoided())));
        }
        return options;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
