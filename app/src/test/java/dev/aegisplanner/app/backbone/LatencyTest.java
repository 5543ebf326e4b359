package dev.aegisplanner.app.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyTest {

    @Test
    void readsWhatPlannersType() {
        assertThat(Latency.parse("7.5")).hasValue(7.5);
        assertThat(Latency.parse(" 12 ms ")).hasValue(12);
        assertThat(Latency.parse("3,25")).hasValue(3.25);
        assertThat(Latency.parse("0")).hasValue(0);
    }

    @Test
    void refusesWhatIsNoLatency() {
        assertThat(Latency.parse("-1")).isEmpty();
        assertThat(Latency.parse("fast")).isEmpty();
        assertThat(Latency.parse("NaN")).isEmpty();
        assertThat(Latency.parse("Infinity")).isEmpty();
        assertThat(Latency.parse("")).isEmpty();
    }

    @Test
    void writesWithoutNoise() {
        assertThat(Latency.format(7.5)).isEqualTo("7.5 ms");
        assertThat(Latency.format(12.0)).isEqualTo("12 ms");
        assertThat(Latency.format(1.0 / 3)).isEqualTo("0.33 ms");
    }

    @Test
    void suggestsAboutOneMillisecondPerHundredKilometres() {
        // Frankfurt - Amsterdam is about 365 km.
        assertThat(Latency.suggested(50.11, 8.68, 52.37, 4.90)).isEqualTo(3.6);
        assertThat(Latency.suggested(50.11, 8.68, 50.11, 8.68)).isEqualTo(0.1);
    }
}
