package dev.aegisplanner.model.layout;

/**
 * The sizes of the drawing, in canvas units (1 unit = 1 pixel at 100 % zoom). The automatic layout and the
 * editor's renderer share them, so a frame laid out here has room for the header the renderer draws.
 */
public final class LayoutMetrics {

    /** A server node: a cylinder with the id and a row of pool chips. */
    public static final double SERVER_WIDTH = 112;
    public static final double SERVER_HEIGHT = 76;
    public static final double SERVER_GAP = 14;

    /** Space above a data center's servers for its title. */
    public static final double DATA_CENTER_HEADER = 36;
    public static final double DATA_CENTER_PADDING = 14;
    public static final double DATA_CENTER_MIN_WIDTH = 220;
    public static final double DATA_CENTER_MIN_HEIGHT = 130;
    public static final double DATA_CENTER_GAP = 20;

    /** Space above a location's data centers for its title and region line. */
    public static final double LOCATION_HEADER = 50;
    public static final double LOCATION_PADDING = 18;
    public static final double LOCATION_MIN_WIDTH = 300;
    public static final double LOCATION_MIN_HEIGHT = 200;
    public static final double LOCATION_GAP = 56;

    /** A frame the planner draws starts at this size; the automatic layout sizes frames by their contents. */
    public static final double NEW_LOCATION_WIDTH = 420;
    public static final double NEW_LOCATION_HEIGHT = 260;

    /** No frame can be resized smaller than this, so its title and handles stay usable. */
    public static final double FRAME_MIN_WIDTH = 160;
    public static final double FRAME_MIN_HEIGHT = 100;

    /** Where the first location goes: room on the left for the client the renderer draws there. */
    public static final double ORIGIN_X = 220;
    public static final double ORIGIN_Y = 40;

    private LayoutMetrics() {
    }
}
