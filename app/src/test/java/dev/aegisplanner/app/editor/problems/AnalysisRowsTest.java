package dev.aegisplanner.app.editor.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.app.editor.analysis.UiThread;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Warnings an analysis finds join validation's in the Problems panel, and leave when the analysis says so. */
class AnalysisRowsTest {

    private final UiThread ui = new UiThread();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        ui.close();
    }

    @Test
    void analysisWarningsAreListedAfterValidations_theirViewsColourTheCanvasSoTheyMarkNothingThere() {
        CommandStack commands = new CommandStack(EditorFixtures.fiveMetros());
        ProblemsViewModel problems = ui.get(() -> new ProblemsViewModel(commands.topologyProperty(),
                Validator::validate, scheduler, ui::execute, 5));
        ProblemRow over = new ProblemRow(Problem.warning("capacity-over", "", "192.0.2.10 is over capacity in FRA-1"),
                ElementRef.dataCenter("FRA-1"), "data center FRA-1", "");

        ui.run(() -> problems.setAnalysisRows(List.of(over)));

        assertThat(ui.get(() -> List.copyOf(problems.rows()))).endsWith(over);
        assertThat(ui.get(() -> problems.warningCountProperty().get())).isPositive();
        assertThat(ui.get(() -> problems.markersProperty().get())).doesNotContainKey(ElementRef.dataCenter("FRA-1"));

        ui.run(() -> problems.setAnalysisRows(List.of()));
        assertThat(ui.get(() -> List.copyOf(problems.rows()))).doesNotContain(over);
    }
}
