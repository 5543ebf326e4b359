package dev.aegisplanner.model.edit;

import static dev.aegisplanner.model.edit.EditFixtures.twoMetros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogEditsTest {

    private final Topology topology = twoMetros();

    @Test
    void adding_appends_and_refuses_a_taken_id() {
        Topology after = CatalogEdits.add(topology, Catalog.POOLS, Pool.of("globex", PoolSource.BYOIP, "198.51.100.1"));

        assertThat(after.pools()).extracting(Pool::id).containsExactly("acme", "globex");
        assertThat(CatalogEdits.add(topology, Catalog.POOLS, Pool.of("acme", PoolSource.BYOIP))).isSameAs(topology);
    }

    @Test
    void removing_an_entry_leaves_references_for_validation_to_report() {
        Topology after = CatalogEdits.remove(topology, Catalog.POOLS, "acme");

        assertThat(after.pools()).isEmpty();
        assertThat(after.zones().get(0).pool()).isEqualTo("acme");
        assertThat(CatalogEdits.remove(after, Catalog.POOLS, "acme")).isSameAs(after);
    }

    @Test
    void renaming_a_pool_keeps_it_the_pool_of_its_zones() {
        Topology after = CatalogEdits.update(topology, Catalog.POOLS, "acme",
                p -> new Pool("acme-eu", p.name(), p.source(), p.addresses()));

        assertThat(after.pools().get(0).id()).isEqualTo("acme-eu");
        assertThat(after.zones().get(0).pool()).isEqualTo("acme-eu");
    }

    @Test
    void renaming_a_zone_or_an_origin_keeps_the_scenarios_pointing_at_it() {
        Topology zoneRenamed = CatalogEdits.update(topology, Catalog.ZONES, "shop.example.com",
                z -> new Zone("www.example.com", z.pool(), z.regions()));
        Topology originRenamed = CatalogEdits.update(zoneRenamed, Catalog.ORIGINS, "acme-origin",
                o -> new Origin("origin-2", o.name(), o.ipv4(), o.ipv6(), o.port(), o.lat(), o.lon()));

        Scenario scenario = originRenamed.scenarios().get(0);
        assertThat(scenario.zone()).isEqualTo("www.example.com");
        assertThat(scenario.origin()).isEqualTo("origin-2");
    }

    @Test
    void renaming_onto_an_existing_id_changes_nothing() {
        Topology twoPools = CatalogEdits.add(topology, Catalog.POOLS, Pool.of("globex", PoolSource.BYOIP));

        Topology after = CatalogEdits.update(twoPools, Catalog.POOLS, "globex",
                p -> new Pool("acme", p.name(), p.source(), p.addresses()));

        assertThat(after).isSameAs(twoPools);
    }

    @Test
    void an_update_to_an_equal_value_changes_nothing() {
        assertThat(CatalogEdits.update(topology, Catalog.LINKS, "FRA~AMS", l -> new Link("FRA", "AMS", 7.5)))
                .isSameAs(topology);
        assertThat(CatalogEdits.update(topology, Catalog.LINKS, "FRA~AMS", l -> new Link("FRA", "AMS", 9)).links())
                .containsExactly(new Link("FRA", "AMS", 9));
    }

    @Test
    void pool_addresses_are_added_once_and_removed() {
        Topology added = CatalogEdits.addPoolAddress(topology, "acme", "192.0.2.12");

        assertThat(added.pools().get(0).addresses()).endsWith("192.0.2.12");
        assertThat(CatalogEdits.addPoolAddress(added, "acme", "192.0.2.12")).isSameAs(added);
        assertThat(CatalogEdits.removePoolAddress(added, "acme", "192.0.2.10").pools().get(0).addresses())
                .containsExactly("192.0.2.11", "2001:db8:a::/48", "192.0.2.12");
        assertThat(CatalogEdits.removePoolAddress(topology, "acme", "10.0.0.1")).isSameAs(topology);
    }

    @Test
    void fresh_ids_skip_the_ones_taken() {
        Topology withOne = CatalogEdits.add(topology, Catalog.ZONES, new Zone("zone-1", null, List.of()));

        assertThat(Catalog.ZONES.freshId(withOne, "zone")).isEqualTo("zone-2");
    }
}
