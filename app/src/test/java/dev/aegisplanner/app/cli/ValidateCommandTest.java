package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void aValidTopologyExitsZeroWithAVerdictAndItsSize() {
        String file = CliRun.sample("same-server.json");

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualToNormalizingNewlines(file + ": valid (1 location, 1 data center, 3 servers)\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void warningsAreListedButTheTopologyIsStillValid() {
        String file = TopologyText.write(folder, "unused.json", TopologyText.UNUSED_POOL_ADDRESS);

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^/pools/0/addresses/1 \\d+:\\d+ warning: .*192\\.0\\.2\\.99");
        assertThat(run.out()).containsPattern("(?m)^" + quoted(file) + ": valid with \\d+ warnings? \\(");
    }

    @Test
    void aZoneWithNowhereToEgressIsAPlanningWarningAfterTheFilesOwnProblems() {
        String file = CliRun.sample("data-center-failure.json");

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "/zones/0 warning: Zone pay.example.com has nowhere to egress for ipv4: requests from all 4 ingress"
                        + " servers (2 data centers) end in NO_EGRESS; pool payments-pool's addresses are only on servers"
                        + " that cannot egress (data center SIN-1 of sin1-s1 is down)",
                file + ": valid with 1 warning (2 locations, 3 data centers, 6 servers)");
    }

    @Test
    void errorsArePrintedWithPointerLineAndColumnAndExitOne() {
        String file = TopologyText.write(folder, "broken.json", TopologyText.ZONE_WITH_MISSING_POOL);

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^/zones/0/pool 8:42 error: .*no-such-pool");
        assertThat(run.out()).containsPattern("(?m)^" + quoted(file) + ": invalid, 1 error");
    }

    @Test
    void textThatIsNotJsonIsUnreadableExitTwoWithOneLineOnStderr() {
        String file = TopologyText.write(folder, "notes.json", "{ \"format\": \"aegis-topology\",\n  oops }");

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("aegis: " + file + ":2:").hasLineCount(1);
    }

    @Test
    void aMissingFileIsAnIoErrorNamingTheFile() {
        String file = folder.resolve("nowhere.json").toString();

        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: " + file + ": ").hasLineCount(1);
    }

    @Test
    void withoutAFileItIsAUsageError() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: Missing required parameter: 'FILE'")
                .contains("aegis validate --help").hasLineCount(1);
    }

    private static String quoted(String text) {
        return java.util.regex.Pattern.quote(text);
    }
}
