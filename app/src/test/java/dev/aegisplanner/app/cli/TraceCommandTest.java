package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aScenarioTracePutsTheTierFirstThenTheEndpointsThePathAndTheChecks() {
        CliRun run = CliRun.of("trace", CliRun.sample("same-location.json"), "--scenario", "fra1-to-fra2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().findFirst()).hasValue(
                "SAME_LOCATION  forwarded to another data center of the ingress location");
        assertThat(run.out())
                .contains("scenario fra1-to-fra2 - Frankfurt 1 forwards to Frankfurt 2")
                .contains("request  shop.example.com -> shop-origin (203.0.113.10:443) over ipv4")
                .contains("ingress  fra1-s1 in data center FRA-1, location FRA")
                .contains("egress   fra2-s1 in data center FRA-2, location FRA, from 192.0.2.30")
                .containsPattern("(?m)^  Egress server fra2-s1 +0 km$")
                .containsPattern("(?m)^  \\[fail\\] Same server: fra1-s1 holds no address of pool shop-pool$")
                .containsPattern("(?m)^  \\[pass\\] Same location: .*fra2-s1.*$");
    }

    @Test
    void aBackboneLegShowsItsDistanceAndLatency() {
        CliRun run = CliRun.of("trace", CliRun.sample("backbone-latency.json"), "--scenario", "lim-via-backbone");

        assertThat(run.out()).startsWith("OTHER_LOCATION").containsPattern("(?m)^  Egress server mia1-s1 +4,218 km, 58.0 ms$");
    }

    @Test
    void aRequestSpelledOutOnTheCommandLineIsTracedLikeAScenario() {
        CliRun run = CliRun.of("trace", CliRun.sample("ipv6.json"), "--zone", "media.example.com",
                "--origin", "media-origin", "--ingress", "sin1-s2", "--family", "ipv6");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("IPV6_GLOBAL")
                .contains("request  media.example.com -> media-origin ([2001:db8:ff::20]:443) over ipv6")
                .doesNotContain("scenario ");
    }

    @Test
    void noEgressSaysSoInsteadOfNamingAnEgress() {
        CliRun run = CliRun.of("trace", CliRun.sample("data-center-failure.json"), "--scenario", "payments-stranded");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("NO_EGRESS").contains("egress   none");
    }

    @Test
    void jsonIsTheEnginesTraceWithTheRequestEchoed() throws IOException {
        CliRun run = CliRun.of("trace", CliRun.sample("same-location.json"), "--scenario", "fra1-to-fra2", "--json");

        JsonNode json = JSON.readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("request").get("ingressServer").asText()).isEqualTo("fra1-s1");
        assertThat(json.get("tier").asText()).isEqualTo("SAME_LOCATION");
        assertThat(json.get("family").asText()).isEqualTo("ipv4");
        assertThat(json.get("ingress").get("server").asText()).isEqualTo("fra1-s1");
        assertThat(json.get("ingress").get("dataCenter").asText()).isEqualTo("FRA-1");
        assertThat(json.get("ingress").get("location").asText()).isEqualTo("FRA");
        assertThat(json.get("egress").get("server").asText()).isEqualTo("fra2-s1");
        assertThat(json.get("egress").get("dataCenter").asText()).isEqualTo("FRA-2");
        assertThat(json.get("egress").get("ip").asText()).isEqualTo("192.0.2.30");
        assertThat(json.get("hops")).extracting(hop -> hop.get("kind").asText())
                .containsExactly("CLIENT", "CACHE_SERVICE", "EGRESS_ROUTER", "EGRESS_SERVER", "ORIGIN");
        assertThat(json.get("checks")).extracting(check -> check.get("passed").asBoolean())
                .containsExactly(true, false, false, true);
    }

    @Test
    void jsonOfNoEgressHasAnEgressOfNulls() throws IOException {
        CliRun run = CliRun.of("trace", CliRun.sample("ipv6.json"), "--scenario", "sin-v6-no-prefix", "--json");

        JsonNode egress = JSON.readTree(run.out()).get("egress");
        assertThat(egress.get("server").isNull()).isTrue();
        assertThat(egress.get("dataCenter").isNull()).isTrue();
        assertThat(egress.get("location").isNull()).isTrue();
        assertThat(egress.get("ip").isNull()).isTrue();
    }

    @Test
    void aScenarioThatMissesTheTierItExpectsExitsOne() throws IOException {
        String text = Files.readString(Path.of(CliRun.sample("same-server.json")))
                .replace("\"expect\": \"SAME_SERVER\"", "\"expect\": \"SAME_DATA_CENTER\"");
        String file = TopologyText.write(folder, "wrong-expectation.json", text);

        CliRun run = CliRun.of("trace", file, "--scenario", "fra-egress-here");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("SAME_SERVER");
        assertThat(run.err()).isEqualTo("aegis: " + file
                + ": scenario fra-egress-here expects SAME_DATA_CENTER but reaches SAME_SERVER" + System.lineSeparator());
    }

    @Test
    void anInvalidTopologyIsNotTracedItsErrorsGoToStderrAndItExitsOne() {
        String file = TopologyText.write(folder, "broken.json", TopologyText.ZONE_WITH_MISSING_POOL);

        CliRun run = CliRun.of("trace", file, "--zone", "shop.example.com", "--origin", "origin", "--ingress", "fra1-s1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("(?m)^aegis: " + java.util.regex.Pattern.quote(file)
                + ": /zones/0/pool \\d+:\\d+ error: .*no-such-pool")
                .endsWith("aegis: " + file + ": invalid topology: 1 error" + System.lineSeparator());
    }

    @Test
    void anUnknownScenarioListsTheOnesThereAre() {
        CliRun run = CliRun.of("trace", CliRun.sample("no-aegis.json"), "--scenario", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("aegis: " + CliRun.sample("no-aegis.json")
                + ": no scenario 'nope'; the file has blog-shared, shop-dedicated" + System.lineSeparator());
    }

    @Test
    void aRequestTheEngineCannotStartFromIsAUsageError() {
        CliRun run = CliRun.of("trace", CliRun.sample("no-aegis.json"), "--zone", "shop.example.com",
                "--origin", "us-origin", "--ingress", "iad9-s9");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: ").contains("iad9-s9").hasLineCount(1);
    }

    @Test
    void aScenarioAndARequestTogetherOrHalfARequestAreUsageErrors() {
        String file = CliRun.sample("no-aegis.json");

        CliRun both = CliRun.of("trace", file, "--scenario", "blog-shared",
                "--zone", "shop.example.com", "--origin", "us-origin", "--ingress", "iad1-s1");
        CliRun half = CliRun.of("trace", file, "--zone", "shop.example.com");
        CliRun neither = CliRun.of("trace", file);

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive").hasLineCount(1);
        assertThat(half.exitCode()).isEqualTo(2);
        assertThat(half.err()).contains("--origin").contains("--ingress").hasLineCount(1);
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).startsWith("aegis: Missing required argument").hasLineCount(1);
    }

    @Test
    void anUnknownFamilyIsRefusedWithTheChoices() {
        CliRun run = CliRun.of("trace", CliRun.sample("no-aegis.json"), "--zone", "shop.example.com",
                "--origin", "us-origin", "--ingress", "iad1-s1", "--family", "ipv5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'ipv5' is not a family; use ipv4 or ipv6").hasLineCount(1);
    }
}
