package dev.aegisplanner.app.render.surface;

/** What a text's y coordinate names: its baseline, the top of its line, or the middle of its line. */
public enum TextBaseline {
    BASELINE, TOP, CENTER
}
