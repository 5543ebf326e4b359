package dev.aegisplanner.app.canvas;

/** What a click on empty canvas does. */
public enum CanvasTool {
    SELECT,
    ADD_LOCATION,
    ADD_DATA_CENTER,
    ADD_SERVER
}
