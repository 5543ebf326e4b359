package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void kilometresAreWholeWithThousandsSeparators() {
        assertThat(Numbers.km(0)).isEqualTo("0 km");
        assertThat(Numbers.km(363.77)).isEqualTo("364 km");
        assertThat(Numbers.km(999.5)).isEqualTo("1,000 km");
        assertThat(Numbers.km(10_258.4)).isEqualTo("10,258 km");
        assertThat(Numbers.km(20_015_086.8)).isEqualTo("20,015,087 km");
    }

    @Test
    void millisecondsKeepUpToTwoDecimalsWithoutTrailingZeros() {
        assertThat(Numbers.ms(7.5)).isEqualTo("7.5 ms");
        assertThat(Numbers.ms(80)).isEqualTo("80 ms");
        assertThat(Numbers.ms(0.05)).isEqualTo("0.05 ms");
        assertThat(Numbers.ms(154.504)).isEqualTo("154.5 ms");
        assertThat(Numbers.ms(1234.567)).isEqualTo("1,234.57 ms");
    }

    @Test
    void numbersThatAreNotFiniteSaySo() {
        assertThat(Numbers.km(Double.NaN)).isEqualTo("unknown km");
        assertThat(Numbers.ms(Double.POSITIVE_INFINITY)).isEqualTo("unknown ms");
    }
}
