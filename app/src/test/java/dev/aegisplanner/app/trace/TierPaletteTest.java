package dev.aegisplanner.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** One colour per tier: the stylesheet's looked-up colours and the canvas drawings' colours are the same. */
class TierPaletteTest {

    private static String stylesheet() throws IOException {
        try (InputStream in = TierPaletteTest.class.getResourceAsStream("/assets/styles/editor.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theStylesheetDefinesEveryTiersColourAsTheCanvasDrawsIt() throws IOException {
        String css = stylesheet();
        for (Tier tier : Tier.values()) {
            Matcher m = Pattern.compile(Pattern.quote(TierPalette.lookedUpColour(tier)) + ":\\s*(#[0-9a-fA-F]{6});")
                    .matcher(css);

            assertThat(m.find()).as("%s is defined in editor.css", TierPalette.lookedUpColour(tier)).isTrue();
            assertThat(Color.web(m.group(1))).as(tier.name()).isEqualTo(TierPalette.colour(tier));
            assertThat(css).as("a rule gives .%s its colour", TierPalette.styleClass(tier))
                    .contains("." + TierPalette.styleClass(tier) + " { -tier-colour: " + TierPalette.lookedUpColour(tier));
        }
    }

    @Test
    void everyTierHasItsOwnColourAndWords() {
        Set<Color> colours = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Tier tier : Tier.values()) {
            colours.add(TierPalette.colour(tier));
            labels.add(TierPalette.label(tier));
        }

        assertThat(colours).hasSize(Tier.values().length);
        assertThat(labels).hasSize(Tier.values().length);
        assertThat(TierPalette.styleClass(Tier.SAME_DATA_CENTER)).isEqualTo("tier-same-data-center");
    }

    @Test
    void aNodeWearsOneTiersClassAtATime() {
        Region node = new Region();
        node.getStyleClass().add("tier-badge");

        for (Tier tier : EnumSet.allOf(Tier.class)) {
            TierPalette.apply(node, tier);
            assertThat(node.getStyleClass()).containsExactly("tier-badge", TierPalette.styleClass(tier));
        }
        TierPalette.apply(node, null);
        assertThat(node.getStyleClass()).containsExactly("tier-badge");
    }
}
