package dev.aegisplanner.app.render.export;

import dev.aegisplanner.app.cli.export.ExportFormat;
import dev.aegisplanner.app.cli.export.ExportOptions;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An export that is a {@link Picture}: the topology as the editor draws it, with a scenario's path when one
 * is asked for, {@link Picture#DEFAULT_WIDTH} pixels wide unless told a width or a scale, in the light theme
 * unless told the dark one. Found by the command line
 * through {@code META-INF/services}, so the command line never depends on the renderer.
 */
abstract class ImageFormat implements ExportFormat {

    @Override
    public final boolean drawsScenario() {
        return true;
    }

    @Override
    public final boolean sized() {
        return true;
    }

    @Override
    public final boolean themed() {
        return true;
    }

    @Override
    public final void write(Topology topology, Scenario scenario, OutputStream out) throws IOException {
        write(topology, ExportOptions.of(scenario), out);
    }

    @Override
    public final void write(Topology topology, Scenario scenario, int width, OutputStream out) throws IOException {
        write(topology, new ExportOptions(scenario, width, null, false), out);
    }

    @Override
    public final void write(Topology topology, ExportOptions options, OutputStream out) throws IOException {
        encode(Picture.of(topology, options), out);
    }

    abstract void encode(Picture picture, OutputStream out) throws IOException;
}
