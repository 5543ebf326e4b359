package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.io.TopologyReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import dev.aegisplanner.app.trace.TierPalette;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The presentation's outcome card on a laptop's screen says its tier's headline whole, over two lines if it must. */
@ExtendWith(ApplicationExtension.class)
class PresentationCardsTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(TopologyReader.read(Path.of("..", "samples", "global-retailer.json")).topology());
        harness.start(stage);
    }

    @BeforeEach
    void presenting(FxRobot robot) throws TimeoutException {
        harness.awaitPresenting(robot);
    }

    @AfterEach
    void leave(FxRobot robot) {
        harness.stopPresenting(robot);
    }

    @Test
    void the_longest_headline_reads_whole_on_a_laptop(FxRobot robot) throws TimeoutException {
        showTheIpv6Scenario(robot);
        waitForFxEvents();

        Label headline = robot.lookup("#presentation-headline").queryAs(Label.class);
        assertThat(headline.getScene().getWidth()).as("the headless screen is a laptop's").isLessThanOrEqualTo(1440);
        assertThat(headline.getText()).isEqualTo("IPv6 egresses from the ingress server");
        assertThat(headline.getHeight() + 0.5).as("every line shown").isGreaterThanOrEqualTo(headline.prefHeight(headline.getWidth()));
        assertThat(headline.isWrapText() || headline.getWidth() + 0.5 >= headline.prefWidth(-1)).as("not cut short").isTrue();
    }

    @Test
    void the_station_the_packet_is_at_is_tinted_with_the_tiers_colour(FxRobot robot) throws TimeoutException {
        showTheIpv6Scenario(robot);
        // The station is styled in the pulse after it becomes the current one.
        javafx.scene.paint.Paint[] tint = new javafx.scene.paint.Paint[1];
        waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(() -> {
                Region current = currentStation(robot);
                tint[0] = current == null || current.getBackground() == null ? null
                        : current.getBackground().getFills().get(0).getFill();
            });
            return tint[0] != null;
        });

        assertThat(tint[0]).isEqualTo(TierPalette.colour(Tier.IPV6_GLOBAL));
    }

    private static Region currentStation(FxRobot robot) {
        return (Region) robot.lookup(".hop-station").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("current")))
                .findFirst().orElse(null);
    }

    /** media-v6, the seventh scenario of the sample, egresses over IPv6 from the ingress server. */
    private void showTheIpv6Scenario(FxRobot robot) throws TimeoutException {
        for (int i = 0; i < 6; i++) {
            robot.interact(() -> harness.window.presentation().next());
        }
        waitFor(10, TimeUnit.SECONDS, () -> harness.window.traceSession().traceProperty().get() != null
                && harness.window.traceSession().traceProperty().get().tier() == Tier.IPV6_GLOBAL);
    }
}
