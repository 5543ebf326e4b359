package dev.aegisplanner.app.editor.demand;

/** The demand of one zone or one origin, added up over its entries. */
public record DemandTotal(String id, double connections, int entries) {
}
