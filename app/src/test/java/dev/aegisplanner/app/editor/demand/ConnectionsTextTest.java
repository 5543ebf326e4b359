package dev.aegisplanner.app.editor.demand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionsTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"24000|24000", "24,000|24000", "24 000|24000", "  1.5e4 |15000", "0|0"})
    void numbersAsPlannersWriteThem(String typed, double value) {
        assertThat(ConnectionsText.parse(typed)).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lots", "-1", "NaN", "Infinity", "1,2,x"})
    void anythingElseIsRefused(String typed) {
        assertThat(ConnectionsText.parse(typed)).isEmpty();
    }
}
