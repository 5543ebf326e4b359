package dev.aegisplanner.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.aegisplanner.model.generate.DemandPlan;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * N-1 of a generated plan large enough to take a while: it runs while the window answers, shows its progress, and
 * Cancel stops it with nothing kept.
 */
@ExtendWith(ApplicationExtension.class)
class DrillsWindowTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) throws IOException {
        harness = new EditorHarness(DemandPlan.everywhere(TopologyGenerator.generate(
                new GeneratorSpec(150, 500, 10_000, 10, 5)), 5));
        harness.start(stage);
    }

    @BeforeEach
    void opened() throws TimeoutException {
        harness.awaitOpened();
    }

    @Test
    void nMinusOneShowsItsProgressAndCancelStopsIt(FxRobot robot) throws TimeoutException {
        robot.clickOn("#tab-capacity");
        AnalysisWorkbench analyses = harness.window.analyses();
        waitFor(30, TimeUnit.SECONDS, () -> !analyses.capacity().items().isEmpty());

        robot.clickOn("#capacity-run-n1");
        waitFor(30, TimeUnit.SECONDS, () -> analyses.capacity().drillProgressProperty().get() > 0);
        assertThat(robot.lookup("#capacity-n1-message").queryAs(Label.class).getText()).contains(" drilled");
        robot.clickOn("#capacity-cancel-n1");
        waitFor(30, TimeUnit.SECONDS, () -> !analyses.capacity().drillsRunningProperty().get());

        assertThat(robot.lookup("#capacity-n1-message").queryAs(Label.class).getText()).isEqualTo("N-1 cancelled.");
        assertThat(analyses.capacity().drillReportProperty().get()).isNull();
        assertThat(robot.lookup("#capacity-cancel-n1").query().isVisible()).isFalse();
    }
}
