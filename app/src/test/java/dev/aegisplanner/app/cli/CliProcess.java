package dev.aegisplanner.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line run as the planner runs it: a Java process of its own, with a heap as small as asked, so
 * that what happens at the memory's limit (a hostile file, a device without end) is what is tested.
 */
record CliProcess(int exitCode, String out, String err) {

    static CliProcess run(String maxHeap, Path workFolder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), "dev.aegisplanner.app.Main"));
        command.addAll(List.of(args));
        Path out = workFolder.resolve("stdout.txt");
        Path err = workFolder.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("aegis " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new CliProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
