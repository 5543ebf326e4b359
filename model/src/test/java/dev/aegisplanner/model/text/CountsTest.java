package dev.aegisplanner.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void one_is_singular_everything_else_plural() {
        assertThat(Counts.of(1, "location")).isEqualTo("1 location");
        assertThat(Counts.of(0, "location")).isEqualTo("0 locations");
        assertThat(Counts.of(2, "data center")).isEqualTo("2 data centers");
    }

    @Test
    void thousands_are_separated_by_commas() {
        assertThat(Counts.of(100_000, "server")).isEqualTo("100,000 servers");
        assertThat(Counts.number(1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void nouns_ending_in_a_hiss_take_es() {
        assertThat(Counts.of(5, "address")).isEqualTo("5 addresses");
        assertThat(Counts.of(1, "address")).isEqualTo("1 address");
    }
}
