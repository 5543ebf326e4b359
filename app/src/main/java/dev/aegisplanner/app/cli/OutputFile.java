package dev.aegisplanner.app.cli;

import dev.aegisplanner.app.cli.export.AtomicFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a command's output file all at once ({@link AtomicFile}): a failed export leaves the previous file
 * as it was instead of half-written, and says why in one line.
 */
final class OutputFile {

    private OutputFile() {
    }

    static void write(Path target, AtomicFile.Content content) {
        try {
            AtomicFile.write(target, content);
        } catch (IOException e) {
            throw CliFailure.usage(target + ": cannot write: " + describe(e));
        }
    }

    /** The JDK's messages for missing folders and permissions are just a path; say what it means. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage();
    }
}
