package dev.aegisplanner.app.editor.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.model.edit.IpAssignments;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Severity;
import dev.aegisplanner.model.validation.Validator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final CommandStack commands = new CommandStack(EditorFixtures.fiveMetros());

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private ProblemsViewModel problems() {
        // Results are published on the scheduler thread here; the editor passes Platform::runLater.
        return new ProblemsViewModel(commands.topologyProperty(), Validator::validate, scheduler, Runnable::run, 10);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    @Test
    void a_fifth_location_for_one_ipv4_address_shows_as_an_error_on_the_server_and_goes_away_on_undo()
            throws InterruptedException {
        ProblemsViewModel problems = problems();
        await(() -> problems.rows().isEmpty() && problems.errorCountProperty().get() == 0);

        commands.execute("Assign", t -> IpAssignments.assign(t, List.of(EditorFixtures.SHARED_IP), List.of("mad1-s2")));
        await(() -> problems.errorCountProperty().get() > 0);

        ProblemRow row = problems.rows().get(0);
        assertThat(row.severity()).isEqualTo(Severity.ERROR);
        assertThat(row.message()).contains(EditorFixtures.SHARED_IP);
        assertThat(problems.markersProperty().get()).containsValue(Severity.ERROR);

        commands.undo();
        await(() -> problems.errorCountProperty().get() == 0);
        assertThat(problems.markersProperty().get()).isEmpty();
    }

    @Test
    void rows_name_the_element_their_pointer_points_into() {
        Topology topology = EditorFixtures.fiveMetros();
        List<ProblemRow> rows = ProblemRows.rows(topology, List.of(
                Problem.warning("empty", "/locations/4/dataCenters/0/servers/1/egressIps/0", "Server without egress"),
                Problem.error("missing-pool", "/zones/0/pool", "No pool acme"),
                Problem.error("json", "", "Broken")), List.of());

        assertThat(rows).extracting(ProblemRow::where).containsExactly("zone shop.example.com", "document",
                "server mad1-s2");
        assertThat(rows.get(2).target()).contains(ElementRef.server("mad1-s2"));
        assertThat(ProblemRows.markers(rows)).containsEntry(new ElementRef(ElementKind.ZONE, "shop.example.com"),
                Severity.ERROR).containsEntry(ElementRef.server("mad1-s2"), Severity.WARNING).hasSize(2);
    }

    @Test
    void problems_from_reading_the_file_keep_their_line_and_replace_the_same_finding() {
        Topology topology = EditorFixtures.fiveMetros();
        Problem validated = Problem.error("bad-lat", "/locations/0/lat", "Latitude out of range");
        Problem read = validated.at(7, 14);

        List<ProblemRow> rows = ProblemRows.rows(topology, List.of(validated), List.of(read));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("7:14");
            assertThat(r.target()).contains(ElementRef.location("FRA"));
        });
    }

    @Test
    void file_problems_show_only_while_the_topology_read_from_the_file_is_on_screen() throws InterruptedException {
        ProblemsViewModel problems = problems();
        Topology read = commands.topology();
        problems.setFileProblems(read, List.of(Problem.warning("unused", "/pools/0", "Unused").at(3, 5)));
        await(() -> problems.warningCountProperty().get() == 1);

        commands.execute("Describe", t -> t.withDescription("changed"));
        await(() -> problems.warningCountProperty().get() == 0);

        commands.undo();
        await(() -> problems.warningCountProperty().get() == 1);
    }

    @Test
    void a_file_read_without_some_entries_points_each_problem_at_the_right_element_once() {
        dev.aegisplanner.model.io.ReadResult read = dev.aegisplanner.model.io.TopologyReader.read("""
                {"format": "aegis-topology", "version": 1, "locations": [
                  {"name": "no id, left out", "lat": 1, "lon": 1},
                  {"id": "FRA", "lat": 95, "lon": 8}]}
                """);

        List<ProblemRow> rows = ProblemRows.rows(read.topology(), Validator.validate(read.topology()), read.problems());

        assertThat(rows).extracting(ProblemRow::message).containsExactly(
                "A location has no 'id'; it is left out until it has one",
                "Location FRA has latitude 95; a latitude must be between -90 and 90");
        assertThat(rows.get(1).target()).contains(ElementRef.location("FRA"));
        assertThat(rows.get(1).problem().pointer()).as("the pointer into the topology").isEqualTo("/locations/0/lat");
        assertThat(rows.get(1).position()).as("the place in the file").isEqualTo("3:17");
    }

    @Test
    void a_plan_without_errors_gets_its_planning_warnings_with_a_place_to_reveal() throws InterruptedException {
        ScheduledExecutorService own = Executors.newSingleThreadScheduledExecutor();
        CommandStack stranded = new CommandStack(EditorFixtures.fiveMetros());
        ProblemsViewModel problems = new ProblemsViewModel(stranded.topologyProperty(), Validator::validate,
                PlanningRows::of, own, Runnable::run, 10);
        try {
            await(() -> problems.rows().isEmpty());
            stranded.execute("Take every holder down", t -> t.withLocations(t.locations().stream()
                    .map(l -> l.withDataCenters(l.dataCenters().stream().map(d -> d.withServers(d.servers().stream()
                            .map(server -> server.egressIps().isEmpty() ? server
                                    : server.withStatus(dev.aegisplanner.model.topology.Status.DOWN)).toList()))
                            .toList())).toList()));
            await(() -> problems.warningCountProperty().get() == 1);

            ProblemRow row = problems.rows().get(0);
            assertThat(row.message()).startsWith("Zone shop.example.com has nowhere to egress for ipv4");
            assertThat(row.where()).isEqualTo("zone shop.example.com");
            assertThat(row.target()).hasValueSatisfying(ref -> assertThat(ref.kind()).isEqualTo(ElementKind.SERVER));
        } finally {
            own.shutdownNow();
        }
    }
}
