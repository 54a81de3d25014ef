package papersetter.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A bank is shared data: a file it names may not reach outside the bank file's folder, and a
 * symbolic link inside the folder (to a file, or to a folder) must not carry it out either.
 */
final class BankFolder {
    private BankFolder() {
    }

    /**
     * Why {@code relative}, read from {@code folder}, ends outside the folder once links are
     * followed, naming the link that leads out; empty when it stays inside.
     *
     * @param relative a normalized path that does not start with ".."
     */
    static Optional<String> outside(Path folder, Path relative) {
        Path root;
        Path real;
        try {
            root = (folder.toString().isEmpty() ? Path.of(".") : folder).toRealPath();
            real = folder.resolve(relative).toRealPath();
        } catch (IOException e) {
            return Optional.of("cannot be followed to a file (" + BankFiles.reason(e) + ")");
        }
        if (real.startsWith(root)) {
            return Optional.empty();
        }
        // Name the first link on the way: that is what the trainer has to replace.
        Path at = folder;
        Path walked = Path.of("");
        for (Path part : relative) {
            at = at.resolve(part);
            walked = walked.resolve(part);
            if (Files.isSymbolicLink(at)) {
                String target;
                try {
                    target = at.toRealPath().toString();
                } catch (IOException e) {
                    target = "somewhere that cannot be followed";
                }
                boolean last = walked.equals(relative);
                return Optional.of((last ? "is a link to " + target : "goes through " + walked + ", a link to " + target)
                        + ", outside the bank file's folder");
            }
        }
        return Optional.of("leads to " + real + ", outside the bank file's folder");
    }
}
