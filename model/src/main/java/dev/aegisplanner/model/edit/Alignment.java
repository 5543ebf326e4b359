package dev.aegisplanner.model.edit;

/** How {@link StructureEdits#align} lines elements up: against an edge or the centre of their common bounds. */
public enum Alignment {
    LEFT,
    CENTER,
    RIGHT,
    TOP,
    MIDDLE,
    BOTTOM
}
