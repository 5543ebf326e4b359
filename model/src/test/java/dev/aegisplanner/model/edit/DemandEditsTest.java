package dev.aegisplanner.model.edit;

import static dev.aegisplanner.model.edit.EditFixtures.twoMetros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.edit.DemandEdits.Import;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemandEditsTest {

    private static final Demand FRA = Demand.inLocation("shop.example.com", "acme-origin", "FRA", 30_000);
    private static final Demand AMS = Demand.inDataCenter("shop.example.com", "acme-origin", "AMS-1", 2_000);

    private final Topology topology = twoMetros().withDemand(List.of(FRA, AMS));

    @Test
    void a_new_entry_names_the_first_zone_origin_and_location_so_it_is_valid_at_once() {
        assertThat(DemandEdits.newEntry(topology)).contains(
                Demand.inLocation("shop.example.com", "acme-origin", "FRA", DemandEdits.NEW_ENTRY_CONNECTIONS));
    }

    @Test
    void a_new_entry_for_an_origin_with_only_ipv6_is_for_ipv6() {
        Topology v6 = topology.withOrigins(List.of(Origin.of("v6-origin", null, "2001:db8:ff::1")));

        assertThat(DemandEdits.newEntry(v6)).get().extracting(Demand::family).isEqualTo(Family.IPV6);
    }

    @Test
    void no_new_entry_without_a_zone() {
        assertThat(DemandEdits.newEntry(topology.withZones(List.of()))).isEmpty();
    }

    @Test
    void adding_appends_and_entries_with_the_same_keys_are_both_kept() {
        Topology after = DemandEdits.add(topology, FRA);

        assertThat(after.demand()).containsExactly(FRA, AMS, FRA);
    }

    @Test
    void replacing_an_entry_with_an_equal_one_is_no_edit() {
        assertThat(DemandEdits.replace(topology, 1, AMS)).isSameAs(topology);

        Topology after = DemandEdits.replace(topology, 1, AMS.withConnections(2_500));
        assertThat(after.demand()).containsExactly(FRA, AMS.withConnections(2_500));
    }

    @Test
    void removing_takes_the_entries_at_the_positions_given() {
        assertThat(DemandEdits.remove(topology, Set.of(0)).demand()).containsExactly(AMS);
        assertThat(DemandEdits.remove(topology, Set.of(7))).isSameAs(topology);
    }

    @Test
    void an_import_replaces_the_demand_or_adds_to_it() {
        Demand peak = Demand.inLocation("shop.example.com", "acme-origin", "AMS", 9_000);

        assertThat(DemandEdits.importing(topology, List.of(peak), Import.REPLACE).demand()).containsExactly(peak);
        assertThat(DemandEdits.importing(topology, List.of(peak), Import.ADD).demand()).containsExactly(FRA, AMS, peak);
        assertThat(DemandEdits.importing(topology, List.of(FRA, AMS), Import.REPLACE)).isSameAs(topology);
    }

    @Test
    void moving_an_entry_to_a_data_center_clears_its_location_and_back() {
        Demand moved = DemandEdits.inDataCenter(FRA, "FRA-2");

        assertThat(moved).isEqualTo(Demand.inDataCenter("shop.example.com", "acme-origin", "FRA-2", 30_000));
        assertThat(DemandEdits.inLocation(moved, "FRA")).isEqualTo(FRA);
    }

    @Test
    void demand_follows_a_zone_origin_location_or_data_center_whose_id_changes() {
        Topology renamed = StructureEdits.changeId(topology, ElementRef.location("FRA"), "FRA9");
        renamed = StructureEdits.changeId(renamed, ElementRef.dataCenter("AMS-1"), "AMS-9");
        renamed = CatalogEdits.update(renamed, Catalog.ZONES, "shop.example.com",
                z -> new Zone("shop.example.net", z.pool(), z.regions()));
        renamed = CatalogEdits.update(renamed, Catalog.ORIGINS, "acme-origin",
                o -> new Origin("web", o.name(), o.ipv4(), o.ipv6(), o.port(), o.lat(), o.lon()));

        assertThat(renamed.demand()).containsExactly(
                Demand.inLocation("shop.example.net", "web", "FRA9", 30_000),
                Demand.inDataCenter("shop.example.net", "web", "AMS-9", 2_000));
    }
}
