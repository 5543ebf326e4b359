package dev.aegisplanner.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The arithmetic the editor's harnesses share: percentiles of timings, elapsed milliseconds, the retained heap. */
final class BenchFigures {

    private BenchFigures() {
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    /** The heap in use after a few forced collections: what is still reachable. */
    static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
