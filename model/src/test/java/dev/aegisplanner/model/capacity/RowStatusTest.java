package dev.aegisplanner.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowStatusTest {

    @Test
    void okBelowEightyPercentWarnUpToAndIncludingAHundredOverAbove() {
        assertThat(RowStatus.of(0.79)).isEqualTo(RowStatus.OK);
        assertThat(RowStatus.of(0.8)).isEqualTo(RowStatus.WARN);
        assertThat(RowStatus.of(1.0)).isEqualTo(RowStatus.WARN);
        assertThat(RowStatus.of(1.001)).isEqualTo(RowStatus.OVER);
        assertThat(RowStatus.of(Double.POSITIVE_INFINITY)).isEqualTo(RowStatus.OVER);
    }

    @Test
    void aRowLoadedToExactlyItsCapacityHoldsWhateverTheSumsRoundTo() {
        // What a drill's sums of shares came to for 20,000 connections on 20,000 of capacity (a seed found it).
        double connections = 20_000.000000000004;
        double capacity = 20_000;

        assertThat(connections / capacity).isGreaterThan(1);
        assertThat(RowStatus.of(connections / capacity)).isEqualTo(RowStatus.WARN);
        assertThat(RowStatus.isOver(connections / capacity)).isFalse();
    }
}
