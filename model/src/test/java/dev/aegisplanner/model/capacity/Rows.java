package dev.aegisplanner.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Finds rows of a report by data center and address, for tests that read like the spec. */
final class Rows {

    private Rows() {
    }

    static CapacityRow row(CapacityReport report, String dataCenter, String address) {
        List<CapacityRow> found = report.rows().stream()
                .filter(r -> r.dataCenter().equals(dataCenter) && r.address().equals(address)).toList();
        assertThat(found).as("rows of %s %s in %s", dataCenter, address, report.rows()).hasSize(1);
        return found.get(0);
    }

    static double connections(CapacityReport report, String dataCenter, String address) {
        return row(report, dataCenter, address).connections();
    }
}
