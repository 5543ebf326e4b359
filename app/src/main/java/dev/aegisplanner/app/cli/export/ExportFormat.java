package dev.aegisplanner.app.cli.export;

import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One thing {@code aegis export --format NAME} can produce. Implementations are found with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services}), so a format that needs a renderer,
 * such as an image drawn as the editor draws it, plugs in from its own package without the command line
 * depending on it, and a build without it says so instead of printing something else.
 */
public interface ExportFormat {

    /** The narrowest picture a {@link #sized()} format draws: narrower shows nothing legible. */
    int MIN_WIDTH = 200;
    /** The widest: wider would not fit in memory as pixels. */
    int MAX_WIDTH = 8000;

    /** The name after {@code --format}: lower case, e.g. {@code config}. */
    String name();

    /** Whether {@code --scenario} means something to this format (a diagram of one path). */
    default boolean drawsScenario() {
        return false;
    }

    /** Whether the output is binary (an image): it then needs {@code -o}, never a terminal. */
    default boolean binary() {
        return false;
    }

    /** Whether the output is a picture whose width in pixels {@code --width} (or scale, {@code --scale}) sets. */
    default boolean sized() {
        return false;
    }

    /** Whether the output can be drawn in the dark theme ({@code --theme dark}). */
    default boolean themed() {
        return false;
    }

    /**
     * Writes the export of a valid topology.
     *
     * @param scenario the scenario to draw, or {@code null}; never set unless {@link #drawsScenario()}
     */
    void write(Topology topology, Scenario scenario, OutputStream out) throws IOException;

    /**
     * Writes the export at a width in pixels; a format that is not {@link #sized()} has no width and writes
     * what {@link #write(Topology, Scenario, OutputStream)} writes.
     */
    default void write(Topology topology, Scenario scenario, int width, OutputStream out) throws IOException {
        write(topology, scenario, out);
    }

    /**
     * Writes the export as the options ask; a format takes what applies to it (the scenario; size and theme only
     * for pictures).
     */
    default void write(Topology topology, ExportOptions options, OutputStream out) throws IOException {
        if (sized() && options.width() != null) {
            write(topology, options.scenario(), options.width(), out);
        } else {
            write(topology, options.scenario(), out);
        }
    }
}
