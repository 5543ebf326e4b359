package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aegis capacity}: section 7's command line, on the capacity samples. */
class CapacityCommandTest {

    private static final String DRILL = CliRun.sample("capacity-drill.json");
    private static final String OBSERVED = CliRun.sample("capacity-observed.json");
    private static final String RESPONSE = Path.of("..", "samples", "capacity", "capacity-observed.graphql.json").toString();

    @TempDir
    Path folder;

    @Test
    void aPlanThatHoldsPrintsItsRowsWorstFirstAndExits0() {
        CliRun run = CliRun.of("capacity", DRILL);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("LOCATION  DATA CENTER  ADDRESS", "FRA       FRA-1        192.0.2.50  203.0.113.60:443",
                "70.0 %", "The plan holds");
        assertThat(run.out().indexOf("FRA-1")).isLessThan(run.out().indexOf("AMS-1"));
        assertThat(run.out()).doesNotContain("\u001b[");
    }

    @Test
    void withN1APlanWhoseDrillOverloadsAnAddressExits1AndNamesTheFailure() {
        CliRun run = CliRun.of("capacity", DRILL, "--n-1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("140.0 %  data center FRA-2", "N-1: 5 single failures drilled, 2 hurt",
                "data center FRA-1: 1 row over, worst FRA-2 192.0.2.50 203.0.113.60:443 140.0 %");
        assertThat(run.err().strip()).isEqualTo("aegis: " + DRILL + ": the plan does not hold: 2 of 5 single failures hurt")
                .doesNotContain("Exception");
    }

    @Test
    void jsonHasTheShapeOfSection7WithUtilizationAsAFraction() throws IOException {
        CliRun run = CliRun.of("capacity", DRILL, "--n-1", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode first = json.get("rows").get(0);
        assertThat(first.get("location").asText()).isEqualTo("FRA");
        assertThat(first.get("dataCenter").asText()).isEqualTo("FRA-1");
        assertThat(first.get("address").asText()).isEqualTo("192.0.2.50");
        assertThat(first.get("origin").asText()).isEqualTo("203.0.113.60:443");
        assertThat(first.get("connections").asDouble()).isEqualTo(14_000);
        assertThat(first.get("capacity").asDouble()).isEqualTo(20_000);
        assertThat(first.get("utilization").asDouble()).isEqualTo(0.7);
        assertThat(first.get("status").asText()).isEqualTo("ok");
        assertThat(first.at("/worst/utilization").asDouble()).isEqualTo(1.4);
        assertThat(first.at("/worst/failure/id").asText()).isEqualTo("FRA-2");
        assertThat(json.get("unserved")).isEmpty();
        assertThat(json.get("forwarded").get("share").asDouble()).isZero();
        assertThat(json.get("failures")).hasSize(2);
        assertThat(json.get("failures").get(0).get("rowsOver").asInt()).isEqualTo(1);
        assertThat(json.get("holds").asBoolean()).isFalse();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() {
        CliRun run = CliRun.of("capacity", DRILL, "--csv");

        assertThat(run.out().lines()).containsExactly(
                "location,data_center,address,pool,origin,connections,capacity,utilization,headroom,status",
                "FRA,FRA-1,192.0.2.50,shop-pool,203.0.113.60:443,14000,20000,0.7,6000,ok",
                "FRA,FRA-2,192.0.2.50,shop-pool,203.0.113.60:443,14000,20000,0.7,6000,ok",
                "AMS,AMS-1,192.0.2.51,shop-pool,203.0.113.60:443,9000,40000,0.225,31000,ok");
    }

    @Test
    void demandGivenOnTheCommandLineReplacesTheFilesOwn() throws IOException {
        Path csv = folder.resolve("peak.csv");
        Files.writeString(csv, "\uFEFFzone,origin,location,dataCenter,connections,family\r\n"
                + "shop.example.com,shop-origin,,FRA-1,\"42,000\",\r\n");

        CliRun run = CliRun.of("capacity", DRILL, "--demand", csv.toString(), "--csv");

        assertThat(run.out().lines()).contains("FRA,FRA-1,192.0.2.50,shop-pool,203.0.113.60:443,42000,20000,2.1,-22000,over",
                "AMS,AMS-1,192.0.2.51,shop-pool,203.0.113.60:443,0,40000,0,40000,ok");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void badDemandIsReportedWithLineColumnAndColumnName_exit1() throws IOException {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, "zone,origin,location,connections\nshop.example.com,shop-origin,XYZ,12000\n"
                + "shop.example.com,shop-origin,FRA,lots\n");

        CliRun run = CliRun.of("capacity", DRILL, "--demand", csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(csv + ":2:30: This entry (shop.example.com to shop-origin from XYZ) names location XYZ, which does not exist (column or field 'location')",
                csv + ":3:34: Column connections: 'lots' is not a number",
                "aegis: " + csv + ": invalid demand: 2 errors");
    }

    @Test
    void aDemandFileThatIsNotThereIsAUsageError_exit2() {
        CliRun run = CliRun.of("capacity", DRILL, "--demand", folder.resolve("missing.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("aegis: ").contains("no such file");
    }

    @Test
    void observedUtilizationIsSetBesideThePlan_theRowsThatDifferMostFirst() {
        CliRun run = CliRun.of("capacity", OBSERVED, "--observed", RESPONSE);

        assertThat(run.exitCode()).isZero();
        String observed = run.out().substring(run.out().indexOf("Observed beside planned"));
        assertThat(observed.lines().skip(2).findFirst().orElseThrow())
                .contains("SIN", "192.0.2.70", "40.0 %", "67.4 %", "96.4 %", "+56.4 pt");
        assertThat(observed).contains("not planned");
    }

    @Test
    void anObservedFileThatIsNotAnAnalyticsResponseIsAUsageError() throws IOException {
        Path response = folder.resolve("response.json");
        Files.writeString(response, "{\"data\": null, \"errors\": [{\"message\": \"cannot request data older than 2678400s\"}]}");

        CliRun run = CliRun.of("capacity", OBSERVED, "--observed", response.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the response reports an error: cannot request data older than 2678400s");
    }

    @Test
    void anInvalidTopologyIsNotAnalysed_exit1() throws IOException {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(DRILL)).replace("\"pool\": \"shop-pool\"", "\"pool\": \"nope\""));

        CliRun run = CliRun.of("capacity", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("invalid topology");
    }

    @Test
    void helpSaysWhatTheExitCodesMeanWithoutComplaint() {
        // picocli complains about a help text it cannot format on the process's own stderr.
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream complaints = new java.io.ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new java.io.PrintStream(complaints, true, java.nio.charset.StandardCharsets.UTF_8));
            run = CliRun.of("capacity", "--help");
        } finally {
            System.setErr(stderr);
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(complaints.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(run.out()).contains("every row at most 100 %, nothing unserved", "--demand=FILE", "--observed=FILE");
    }

    @Test
    void colourIsOffUnlessATerminalAsksForIt() {
        assertThat(TerminalColors.NONE.paint(dev.aegisplanner.model.capacity.RowStatus.OVER, "over")).isEqualTo("over");
        assertThat(new TerminalColors(true).paint(dev.aegisplanner.model.capacity.RowStatus.OVER, "over"))
                .isEqualTo("\u001b[1;31mover\u001b[0m");
        assertThat(TerminalColors.decide(true).enabled()).isFalse();
    }
}
