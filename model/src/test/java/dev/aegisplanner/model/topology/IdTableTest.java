package dev.aegisplanner.model.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void anIdIsFoundAtThePositionItWasAddedAtWhateverStringSpellsIt() {
        IdTable table = new IdTable(3);
        table.add("fra1-s1");
        table.add("fra1-s2");
        table.add("ams1-s1");

        assertThat(table.positionOf(new String("fra1-s2".toCharArray()))).isEqualTo(1);
        assertThat(table.positionOf("ams1-s1")).isEqualTo(2);
        assertThat(table.positionOf("sin1-s1")).isEqualTo(-1);
        assertThat(table.size()).isEqualTo(3);
    }

    @Test
    void theFirstOfARepeatedIdKeepsItsPositionAndTheRepeatTakesNone() {
        IdTable table = new IdTable(3);

        assertThat(table.add("a")).isTrue();
        assertThat(table.add(new String("a".toCharArray()))).isFalse();
        assertThat(table.add("b")).isTrue();

        assertThat(table.positionOf("a")).isZero();
        assertThat(table.positionOf("b")).isEqualTo(1);
    }

    @Test
    void aMissingIdIsAnIdLikeAnyOtherSoValidationCanAskForIt() {
        IdTable table = new IdTable(2);

        assertThat(table.positionOf(null)).isEqualTo(-1);
        assertThat(table.add("a")).isTrue();
        assertThat(table.add(null)).isTrue();
        assertThat(table.add(null)).isFalse();

        assertThat(table.positionOf(null)).isEqualTo(1);
        assertThat(table.positionOf("a")).isZero();
    }

    @Test
    void idsWithTheSameHashAreToldApart() {
        // "Aa" and "BB" share String.hashCode, and so do every concatenation of them of one length.
        List<String> colliding = new ArrayList<>();
        for (int bits = 0; bits < 64; bits++) {
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                id.append((bits >> i & 1) == 0 ? "Aa" : "BB");
            }
            colliding.add(id.toString());
        }
        IdTable table = new IdTable(colliding.size());
        colliding.forEach(table::add);

        for (int i = 0; i < colliding.size(); i++) {
            assertThat(table.positionOf(colliding.get(i))).isEqualTo(i);
        }
        assertThat(table.positionOf("AaAaAaAaAaAaAa")).isEqualTo(-1);
    }

    @Test
    void aHundredThousandServerIdsAreEachFound() {
        IdTable table = new IdTable(100_000);
        for (int s = 0; s < 100_000; s++) {
            table.add("s" + s);
        }

        for (int s = 0; s < 100_000; s++) {
            assertThat(table.positionOf("s" + s)).isEqualTo(s);
        }
        assertThat(table.positionOf("s100000")).isEqualTo(-1);
    }
}
