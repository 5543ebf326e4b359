package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a command's output file all at once ({@link AtomicFiles}): a failed export leaves the previous file
 * as it was instead of half-written, and says why in one line.
 */
final class OutputFile {

    private OutputFile() {
    }

    static void write(Path target, AtomicFiles.Content content) {
        try {
            // An export is made again from its topology at will: the version it replaces is not worth keeping.
            AtomicFiles.write(target, content, AtomicFiles.Previous.DISCARD);
        } catch (IOException e) {
            throw CliFailure.usage(target + ": cannot write: " + e.getMessage());
        }
    }
}
