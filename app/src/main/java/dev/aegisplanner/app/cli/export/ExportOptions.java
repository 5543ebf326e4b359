package dev.aegisplanner.app.cli.export;

import dev.aegisplanner.model.topology.Scenario;

/**
 * What an export is asked to show and how: the scenario whose path to draw (null for the topology alone) and,
 * for pictures, their size (a width in pixels, or a scale: pixels per canvas unit, 1 being the editor at
 * 100 %; neither for the default width) and whether to draw them in the dark theme.
 */
public record ExportOptions(Scenario scenario, Integer width, Double scale, boolean dark) {

    public ExportOptions {
        if (width != null && scale != null) {
            throw new IllegalArgumentException("a picture has a width or a scale, not both");
        }
    }

    /** The scenario's path (or the topology alone), at the default size, in the light theme. */
    public static ExportOptions of(Scenario scenario) {
        return new ExportOptions(scenario, null, null, false);
    }
}
