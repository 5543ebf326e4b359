package dev.aegisplanner.app.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement: a label is drawn only where it overlaps no label placed before it, so callers place
 * the important ones first. Linear scan: maps show at most a few hundred labels.
 */
final class LabelPlacer {

    private final List<double[]> taken = new ArrayList<>();

    /** Claims the rectangle if it is free; returns whether it was. */
    boolean claim(double x, double y, double w, double h) {
        for (double[] r : taken) {
            if (x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h) {
                return false;
            }
        }
        taken.add(new double[] {x, y, w, h});
        return true;
    }

    /** Blocks an area (a card, a dot) without drawing anything there. */
    void block(double x, double y, double w, double h) {
        taken.add(new double[] {x, y, w, h});
    }
}
