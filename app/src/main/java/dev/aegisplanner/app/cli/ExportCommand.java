package dev.aegisplanner.app.cli;

import dev.aegisplanner.app.cli.export.ExportFormat;
import dev.aegisplanner.app.cli.export.ExportFormats;
import dev.aegisplanner.app.cli.export.ExportOptions;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.io.AtomicFiles;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aegis export FILE --format NAME [--scenario ID] [--width PIXELS | --scale FACTOR] [--theme light|dark]
 * [-o OUT]}: writes one of the export formats this build provides to a file or to stdout. The format and its
 * options are checked before the file is read, so a format this build lacks is an immediate, clear usage error
 * rather than a late surprise.
 */
@Command(name = "export",
        description = {"Export the allocation config, a diagram or a picture of a topology.",
            "Formats: config, mermaid, dot, png, svg (png and svg are drawn as the editor draws them)."},
        footer = {"", "Exit codes: 0 exported, 1 invalid topology, 2 usage or I/O error."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TopologyFile file;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "config, mermaid, dot, png or svg.")
    private String format;

    @Option(names = "--scenario", paramLabel = "ID", description = "Draw this scenario's path (diagram formats).")
    private String scenarioId;

    @Option(names = "--width", paramLabel = "PIXELS",
            description = "Width of a png or svg picture; the height follows the drawing. Default: 1600.")
    private Integer width;

    @Option(names = "--scale", paramLabel = "FACTOR",
            description = "Draw a png or svg picture at this scale instead: 1 is the editor at 100 %%, 0.5 half that.")
    private Double scale;

    @Option(names = "--theme", paramLabel = "THEME", description = "light (the default) or dark, for png and svg.")
    private String theme;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of to stdout.")
    private Path output;

    private final ExportFormats formats;

    ExportCommand() {
        this(ExportFormats.installed());
    }

    ExportCommand(ExportFormats formats) {
        this.formats = formats;
    }

    @Override
    public Integer call() throws IOException {
        ExportFormat exporter = exporter();
        Topology topology = file.readValid(spec.commandLine().getErr());
        Scenario scenario = scenarioId == null ? null : topology.scenario(scenarioId).orElseThrow(
                () -> CliFailure.usage(file.path() + ": no scenario '" + scenarioId + "'"));
        ExportOptions options = new ExportOptions(scenario, width, scale, "dark".equals(theme));
        try {
            write(out -> exporter.write(topology, options, out));
        } catch (RequestException e) {
            throw CliFailure.usage(file.path() + ": scenario " + scenarioId + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(file.path() + ": " + e.getMessage());
        }
        return ExitCode.OK;
    }

    private void write(AtomicFiles.Content content) throws IOException {
        if (output != null) {
            OutputFile.write(output, content);
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            content.writeTo(bytes);
            PrintWriter out = spec.commandLine().getOut();
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private ExportFormat exporter() {
        ExportFormat exporter = formats.find(format).orElseThrow(() -> CliFailure.usage(
                ExportFormats.DEFINED.contains(format)
                        ? "format " + format + " is not available in this build; available: "
                                + String.join(", ", formats.names())
                        : "unknown format '" + format + "'; choose one of " + String.join(", ", ExportFormats.DEFINED)));
        if (exporter.binary() && output == null) {
            throw CliFailure.usage("format " + format + " is binary; write it to a file with -o OUT");
        }
        if (scenarioId != null && !exporter.drawsScenario()) {
            throw CliFailure.usage("--scenario does not apply to format " + format + ", which exports the whole topology");
        }
        if (width != null && !exporter.sized()) {
            throw CliFailure.usage("--width applies to pictures (png, svg), not to format " + format);
        }
        if (width != null && (width < ExportFormat.MIN_WIDTH || width > ExportFormat.MAX_WIDTH)) {
            throw CliFailure.usage("--width must be " + ExportFormat.MIN_WIDTH + " to " + ExportFormat.MAX_WIDTH
                    + " pixels, not " + width);
        }
        if (scale != null && !exporter.sized()) {
            throw CliFailure.usage("--scale applies to pictures (png, svg), not to format " + format);
        }
        if (scale != null && width != null) {
            throw CliFailure.usage("--width and --scale both size the picture: give one of them");
        }
        if (scale != null && !(scale > 0)) {
            throw CliFailure.usage("--scale must be a positive number, not " + scale);
        }
        if (theme != null && !theme.equals("light") && !theme.equals("dark")) {
            throw CliFailure.usage("--theme must be light or dark, not '" + theme + "'");
        }
        if (theme != null && !exporter.themed()) {
            throw CliFailure.usage("--theme applies to pictures (png, svg), not to format " + format);
        }
        return exporter;
    }
}
