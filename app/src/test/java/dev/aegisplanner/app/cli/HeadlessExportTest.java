package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures are drawn headless: the launcher, run as a planner runs it in a fresh process with no display,
 * exports a PNG and an SVG without loading a single JavaFX class. (The test's own JVM has JavaFX started by
 * the editor tests, so only a process of its own can tell.)
 */
class HeadlessExportTest {

    @TempDir
    Path folder;

    @Test
    void exportingAPictureNeverLoadsJavaFx() throws Exception {
        Path png = folder.resolve("path.png");
        Path svg = folder.resolve("path.svg");

        Run pngRun = launch("export", CliRun.sample("global-retailer.json"), "--format", "png", "--scenario", "pay-sin",
                "-o", png.toString());
        Run svgRun = launch("export", CliRun.sample("global-retailer.json"), "--format", "svg", "-o", svg.toString());

        assertThat(pngRun.exitCode()).as(pngRun.output()).isZero();
        assertThat(svgRun.exitCode()).as(svgRun.output()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1600);
        assertThat(svg).content().startsWith("<?xml");
        assertThat(pngRun.loadedClasses()).as("classes loaded").contains("dev.aegisplanner.app.render.export.PngFormat")
                .noneMatch(name -> name.startsWith("javafx.") || name.startsWith("com.sun.javafx."));
        assertThat(svgRun.loadedClasses()).contains("dev.aegisplanner.app.render.export.SvgFormat")
                .noneMatch(name -> name.startsWith("javafx.") || name.startsWith("com.sun.javafx."));
    }

    private record Run(int exitCode, String output, List<String> loadedClasses) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "classes", ".log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> classes = Files.readAllLines(log).stream()
                .map(line -> line.replaceFirst("^.*?\\] ", ""))
                .map(line -> line.split(" ")[0])
                .toList();
        return new Run(process.exitValue(), output, classes);
    }
}
