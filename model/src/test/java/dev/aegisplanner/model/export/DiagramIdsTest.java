package dev.aegisplanner.model.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagramIdsTest {

    @Test
    void punctuationBecomesUnderscoresAndOtherScriptsTheirCodes() {
        DiagramIds ids = new DiagramIds();

        assertThat(ids.of("srv", "fra1-s1.example")).isEqualTo("srv_fra1_s1_example");
        assertThat(ids.of("loc", "東京")).isEqualTo("loc_u6771u4eac");
    }

    @Test
    void elementsThatSanitizeAlikeGetDistinctIds() {
        DiagramIds ids = new DiagramIds();

        assertThat(ids.of("dc", "a-b")).isEqualTo("dc_a_b");
        assertThat(ids.of("dc", "a.b")).isEqualTo("dc_a_b_2");
        assertThat(ids.of("dc", "a_b")).isEqualTo("dc_a_b_3");
        assertThat(ids.of("dc", "a-b")).as("same element, same id").isEqualTo("dc_a_b");
    }

    @Test
    void theSameIdOfDifferentKindsDoesNotCollide() {
        DiagramIds ids = new DiagramIds();

        assertThat(ids.of("loc", "FRA")).isNotEqualTo(ids.of("dc", "FRA"));
    }

    @Test
    void keywordsAreNeverIdsOnTheirOwn() {
        DiagramIds ids = new DiagramIds();

        assertThat(ids.of("loc", "end")).isEqualTo("loc_end");
        assertThat(ids.of("srv", "")).isEqualTo("srv_");
    }

    @Test
    void reservedIdsAreNotHandedOutTwice() {
        DiagramIds ids = new DiagramIds();
        ids.reserve("C");

        assertThatThrownBy(() -> ids.reserve("C")).isInstanceOf(IllegalStateException.class);
    }
}
