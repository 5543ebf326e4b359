package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.engine.Tier;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many requests reach each tier: the numbers a coverage summary is made of. */
public final class TierCounts {

    private static final Tier[] TIERS = Tier.values();

    private final int[] counts;

    private TierCounts(int[] counts) {
        this.counts = counts;
    }

    static TierCounts of(Iterable<CoverageRow> rows) {
        int[] counts = new int[TIERS.length];
        for (CoverageRow row : rows) {
            counts[row.tier().ordinal()]++;
        }
        return new TierCounts(counts);
    }

    public int count(Tier tier) {
        return counts[tier.ordinal()];
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }

    /** The tiers reached at least once, in cascade order, with their counts. */
    public Map<Tier, Integer> reached() {
        Map<Tier, Integer> reached = new EnumMap<>(Tier.class);
        for (Tier tier : TIERS) {
            if (counts[tier.ordinal()] > 0) {
                reached.put(tier, counts[tier.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(reached);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TierCounts that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    /** E.g. {@code {SAME_SERVER=2, SAME_DATA_CENTER=2}}. */
    @Override
    public String toString() {
        return reached().toString();
    }
}
