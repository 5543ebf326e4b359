package dev.aegisplanner.model.capacity;

import static dev.aegisplanner.model.capacity.Plans.SHOP;
import static dev.aegisplanner.model.capacity.Plans.WEB;
import static dev.aegisplanner.model.capacity.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section 7, "Observed utilization": a GraphQL Analytics response of aegisIpUtilizationAdaptiveGroups beside the plan. */
class ObservedUtilizationTest {

    @TempDir
    Path folder;

    private List<ObservedUtilization.Sample> read(String json) throws IOException, InputFileException {
        Path file = folder.resolve("response.json");
        Files.writeString(file, json);
        return ObservedUtilization.read(file);
    }

    @Test
    void readsTheResponseShapeWithItsDimensionsAndMergesTimeBuckets() throws Exception {
        List<ObservedUtilization.Sample> samples = read("""
                {"data": {"viewer": {"accounts": [{"aegisIpUtilizationAdaptiveGroups": [
                  {"avg": {"utilization": 40}, "max": {"utilization": 70},
                   "dimensions": {"datetimeFiveMinutes": "2026-11-30T18:00:00Z", "popName": "fra", "egressIp": "192.0.2.1", "origin": "203.0.113.10:443"}},
                  {"avg": {"utilization": 60}, "max": {"utilization": 90},
                   "dimensions": {"datetimeFiveMinutes": "2026-11-30T18:05:00Z", "popName": "fra", "egressIp": "192.0.2.1", "origin": "203.0.113.10:443"}}
                ]}]}}, "errors": null}""");

        assertThat(samples).containsExactly(new ObservedUtilization.Sample("fra", "192.0.2.1", "203.0.113.10:443", 50.0, 90.0));
    }

    @Test
    void readsCloudflaresAliasedExampleQuery_withPopUtilizationKey() throws Exception {
        List<ObservedUtilization.Sample> samples = read("""
                {"data": {"viewer": {"utilization": [{
                  "avgByPopUtilization": [{"avg": {"utilization": 12.5}, "dimensions": {"popUtilizationKey": "sjc 192.0.2.1 203.0.113.150:443"}}],
                  "maxByPopUtilization": [{"max": {"utilization": 31}, "dimensions": {"popUtilizationKey": "sjc 192.0.2.1 203.0.113.150:443"}}]
                }]}}, "errors": null}""");

        assertThat(samples).containsExactly(new ObservedUtilization.Sample("sjc", "192.0.2.1", "203.0.113.150:443", 12.5, 31.0));
    }

    @Test
    void aResponseWithErrorsOrWithoutDataIsNotRead() {
        assertThatThrownBy(() -> read("{\"data\": null, \"errors\": [{\"message\": \"quota exceeded\"}]}"))
                .isInstanceOf(InputFileException.class).hasMessageContaining("quota exceeded");
        assertThatThrownBy(() -> read("{\"rows\": []}")).isInstanceOf(InputFileException.class)
                .hasMessageContaining("no data.viewer");
    }

    @Test
    void popNameMatchesALocationCaseInsensitively_plannedAndObservedSideBySide_mostDifferentFirst() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                    .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1")
                .location("AMS", 52.37, 4.90).dataCenter("AMS-1").server("ams1-s1", "192.0.2.2")
                .pool("acme", "192.0.2.1", "192.0.2.2").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 20_000).demandAt("AMS", SHOP, WEB, 10_000).report();

        List<ObservedComparison.Row> rows = ObservedComparison.of(report, List.of(
                new ObservedUtilization.Sample("ams", "192.0.2.2", "203.0.113.10:443", 20.0, 30.0),
                new ObservedUtilization.Sample("fra", "192.0.2.1", "203.0.113.10:443", 70.0, 95.0)));

        assertThat(rows).extracting(ObservedComparison.Row::location).containsExactly("FRA", "AMS");
        assertThat(rows.get(0).planned()).isEqualTo(0.5);
        assertThat(rows.get(0).observedMax()).isEqualTo(0.95);
        assertThat(rows.get(0).difference()).isCloseTo(0.45, within(1e-9));
        assertThat(rows.get(1).difference()).isCloseTo(0.05, within(1e-9));
    }
}
