package dev.aegisplanner.app.editor.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.map.MapPalette;
import dev.aegisplanner.app.render.surface.Rgba;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The proposal's address rings sit on the same map as the locations' status colours and the origins' diamonds:
 * no ring may be read as "up", "partly down", "down" or "origin", in either theme.
 */
class ProposalMarksTest {

    private static final List<MapPalette> THEMES = List.of(MapPalette.LIGHT, MapPalette.DARK);

    private static Color ring(int address) {
        Rgba c = ProposalMarks.colour(address);
        return Color.rgb(c.red(), c.green(), c.blue());
    }

    @Test
    void no_address_ring_has_a_colour_the_map_uses_for_a_status_or_an_origin() {
        for (MapPalette palette : THEMES) {
            Map<String, Color> legend = Map.of("Up", palette.up(), "Partly down", palette.partlyDown(),
                    "Down", palette.down(), "Origin", palette.origin());
            for (int a = 0; a < ProposalMarks.distinctColours(); a++) {
                for (Map.Entry<String, Color> status : legend.entrySet()) {
                    assertThat(CielabDistance.between(ring(a), status.getValue()))
                            .as("ring %d (%s) against %s %s", a, ring(a), status.getKey(), status.getValue())
                            .isGreaterThanOrEqualTo(40);
                }
            }
        }
    }

    @Test
    void the_addresses_of_a_large_pool_get_rings_of_their_own_colour_that_show_on_either_themes_land() {
        assertThat(ProposalMarks.distinctColours()).isGreaterThanOrEqualTo(6);
        for (int a = 0; a < ProposalMarks.distinctColours(); a++) {
            for (int b = a + 1; b < ProposalMarks.distinctColours(); b++) {
                assertThat(CielabDistance.between(ring(a), ring(b))).as("ring %d against ring %d", a, b)
                        .isGreaterThanOrEqualTo(25);
            }
            for (MapPalette palette : THEMES) {
                assertThat(CielabDistance.between(ring(a), palette.land())).as("ring %d on %s", a, palette.land())
                        .isGreaterThanOrEqualTo(40);
            }
        }
        assertThat(ProposalMarks.colour(ProposalMarks.distinctColours())).isEqualTo(ProposalMarks.colour(0));
    }
}
