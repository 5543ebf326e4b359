package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.Tier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TierColorsTest {

    @Test
    void everyTierHasAColourOfItsOwn() {
        assertThat(Arrays.stream(Tier.values()).map(TierColors::of)).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void stylesheetsGetTheSameColourAsHex() {
        assertThat(TierColors.hex(Tier.NO_EGRESS)).isEqualTo(TierColors.of(Tier.NO_EGRESS).hex()).startsWith("#");
    }
}
