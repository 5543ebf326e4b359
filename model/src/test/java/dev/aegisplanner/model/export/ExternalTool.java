package dev.aegisplanner.model.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command-line tool for a test: output and errors captured, bounded in time. */
final class ExternalTool {

    record Run(int exitCode, String output) {
    }

    private ExternalTool() {
    }

    /** Whether {@code command --version} (or the given probe) runs at all. */
    static boolean available(String... probe) {
        try {
            return run(List.of(probe), null, null).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param directory working directory, {@code null} for the test's
     * @param input sent to standard input, {@code null} for none
     */
    static Run run(List<String> command, Path directory, String input) throws IOException {
        Path log = Files.createTempFile("aegis-tool", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
            return new Run(process.exitValue(), Files.readString(log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
