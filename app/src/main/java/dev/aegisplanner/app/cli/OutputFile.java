package dev.aegisplanner.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's output file all at once: into a temporary file beside it, then renamed over it. A
 * failed export leaves the previous file as it was instead of half-written.
 */
final class OutputFile {

    /** Produces the content into a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, absolute);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw CliFailure.usage(target + ": cannot write: " + describe(e));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The JDK's messages for missing folders and permissions are just a path; say what it means. */
    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The export already failed with the reason that matters; a stray temp file is not news.
        }
    }
}
