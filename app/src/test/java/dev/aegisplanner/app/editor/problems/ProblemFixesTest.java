package dev.aegisplanner.app.editor.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Problems panel's quick fixes for a mistyped field, each one step on the undo stack. */
class ProblemFixesTest {

    private static Topology withRegion(String value) {
        return TopologyReader.read("""
                {"format": "aegis-topology", "version": 1,
                 "locations": [{"id": "FRA", "region": "EU", "lat": 50, "lon": 8}],
                 "zones": [{"id": "shop", "region": %s}]}
                """.formatted(value)).topology();
    }

    private static ProblemRow rowOf(Topology topology, String code) {
        Problem problem = Validator.validate(topology).stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow();
        return ProblemRows.rows(topology, List.of(problem), List.of()).get(0);
    }

    @Test
    void aMistypedFieldCanBeRenamedToTheFieldMeantAsOneUndoableStep() {
        Topology typo = withRegion("[\"EU\"]");
        CommandStack commands = new CommandStack(typo);
        ProblemFixes fixes = new ProblemFixes(commands);

        List<ProblemFixes.QuickFix> offered = fixes.of(rowOf(typo, "unknown-field"));

        assertThat(offered).extracting(ProblemFixes.QuickFix::label)
                .containsExactly("Rename to 'regions'", "Remove field 'region'");
        assertThat(offered.get(0).apply().get()).isEmpty();
        assertThat(commands.topology().zone("shop").orElseThrow().regions()).containsExactly("EU");
        assertThat(commands.undoLabelProperty().get()).isEqualTo("Undo Rename field 'region' to 'regions'");
        commands.undo();
        assertThat(commands.topology()).isSameAs(typo);
    }

    @Test
    void aRenameTheValueDoesNotAllowChangesNothingAndSaysWhy() {
        Topology typo = withRegion("\"EU\"");
        CommandStack commands = new CommandStack(typo);

        Optional<String> refused = new ProblemFixes(commands).of(rowOf(typo, "unknown-field")).get(0).apply().get();

        assertThat(refused).contains("The value of 'region' cannot be 'regions': Field 'regions' in zone shop must be"
                + " a list, not text");
        assertThat(commands.undoDepth()).isZero();
    }

    @Test
    void removingTheFieldIsOneStepToo() {
        Topology typo = withRegion("[\"EU\"]");
        CommandStack commands = new CommandStack(typo);

        new ProblemFixes(commands).of(rowOf(typo, "unknown-field")).get(1).apply().get();

        assertThat(commands.topology().unknownFields().isEmpty()).isTrue();
        assertThat(commands.undoDepth()).isEqualTo(1);
    }

    @Test
    void otherProblemsHaveNoQuickFix() {
        Topology empty = TopologyReader.read("""
                {"format": "aegis-topology", "version": 1,
                 "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "D"}]}]}
                """).topology();

        assertThat(new ProblemFixes(new CommandStack(empty)).of(rowOf(empty, "empty-data-center"))).isEmpty();
    }
}
