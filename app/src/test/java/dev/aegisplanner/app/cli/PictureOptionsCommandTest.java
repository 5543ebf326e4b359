package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.render.CanvasPalette;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.io.TopologyReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --format png|svg} as the planner sees the editor: in the dark theme when asked, at a scale as
 * well as at a width, and an SVG whose servers are named so it reads when zoomed in. Options that make no
 * sense are one line on stderr and exit 2.
 */
class PictureOptionsCommandTest {

    @TempDir
    Path folder;

    @Test
    void theDarkThemeIsDrawnWhenAsked() throws Exception {
        BufferedImage light = png("light.png", "--theme", "light");
        BufferedImage dark = png("dark.png", "--theme", "dark");

        assertThat(light.getRGB(2, 2) & 0xffffff).isEqualTo(CanvasPalette.LIGHT.background().argb() & 0xffffff);
        assertThat(dark.getRGB(2, 2) & 0xffffff).isEqualTo(CanvasPalette.DARK.background().argb() & 0xffffff);
    }

    @Test
    void aScaleDrawsTheTopologyAtThatZoom() throws Exception {
        double drawingWidth = CanvasScene.of(TopologyReader.read(Path.of(CliRun.sample("global-retailer.json")))
                .topology()).bounds().w();

        BufferedImage half = png("half.png", "--scale", "0.5");

        assertThat(half.getWidth()).isEqualTo((int) Math.ceil(drawingWidth * 0.5 + 80));
    }

    @Test
    void anSvgNamesEveryServerInTextWhateverItsWidth() throws Exception {
        Path out = folder.resolve("retailer.svg");
        CliRun run = CliRun.of("export", CliRun.sample("global-retailer.json"), "--format", "svg", "--width", "800",
                "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String svg = Files.readString(out);
        TopologyReader.read(Path.of(CliRun.sample("global-retailer.json"))).topology().servers()
                .forEach(s -> assertThat(svg).contains(">" + s.displayName() + "</text>"));
    }

    @Test
    void nonsenseOptionsAreOneLineAndExitTwo() {
        assertUsage("--width and --scale", "--format", "png", "--width", "800", "--scale", "1", "-o", "x.png");
        assertUsage("--theme must be light or dark", "--format", "png", "--theme", "blue", "-o", "x.png");
        assertUsage("--theme applies to pictures", "--format", "mermaid", "--theme", "dark");
        assertUsage("--scale applies to pictures", "--format", "dot", "--scale", "2");
        assertUsage("pixels wide; the most is 8,000", "--format", "png", "--scale", "4", "-o",
                folder.resolve("huge.png").toString());
    }

    private void assertUsage(String message, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "export";
        args[1] = CliRun.sample("global-retailer.json");
        System.arraycopy(options, 0, args, 2, options.length);

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    private BufferedImage png(String name, String... options) throws Exception {
        Path out = folder.resolve(name);
        String[] args = new String[options.length + 6];
        args[0] = "export";
        args[1] = CliRun.sample("global-retailer.json");
        args[2] = "--format";
        args[3] = "png";
        System.arraycopy(options, 0, args, 4, options.length);
        args[options.length + 4] = "-o";
        args[options.length + 5] = out.toString();
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return ImageIO.read(out.toFile());
    }
}
