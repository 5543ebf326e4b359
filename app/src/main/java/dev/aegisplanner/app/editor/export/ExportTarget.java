package dev.aegisplanner.app.editor.export;

/**
 * What File > Export writes: each an export format of the command line ({@code aegis export --format}),
 * with the words and the file type the save dialog offers.
 */
public enum ExportTarget {
    PNG("png", "PNG image", "png"),
    SVG("svg", "SVG drawing", "svg"),
    MERMAID("mermaid", "Mermaid flowchart", "mmd"),
    DOT("dot", "Graphviz DOT graph", "dot"),
    CONFIG("config", "Allocation config (JSON)", "json");

    private final String format;
    private final String description;
    private final String extension;

    ExportTarget(String format, String description, String extension) {
        this.format = format;
        this.description = description;
        this.extension = extension;
    }

    /** The command line's name of the format. */
    public String format() {
        return format;
    }

    /** What the file is, for the save dialog's file type: "PNG image". */
    public String description() {
        return description;
    }

    /** Without the dot: {@code png}. */
    public String extension() {
        return extension;
    }
}
