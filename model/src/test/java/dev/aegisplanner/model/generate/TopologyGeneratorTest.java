package dev.aegisplanner.model.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TopologyGeneratorTest {

    private static final GeneratorSpec MEDIUM = new GeneratorSpec(120, 300, 6_000, 12, 7);

    @Test
    void the_same_seed_gives_the_same_topology() {
        assertThat(TopologyGenerator.generate(MEDIUM)).isEqualTo(TopologyGenerator.generate(MEDIUM));
    }

    @Test
    void another_seed_gives_another_topology() {
        Topology other = TopologyGenerator.generate(new GeneratorSpec(120, 300, 6_000, 12, 8));
        assertThat(other).isNotEqualTo(TopologyGenerator.generate(MEDIUM));
    }

    @Test
    void counts_are_as_asked() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        assertThat(t.locations()).hasSize(120);
        assertThat(t.dataCenters().count()).isEqualTo(300);
        assertThat(t.servers().count()).isEqualTo(6_000);
        assertThat(t.pools()).hasSize(12);
        assertThat(t.origins()).hasSize(12);
    }

    @Test
    void every_location_gets_a_data_center_and_every_data_center_a_server_when_there_are_enough() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        assertThat(t.locations()).allSatisfy(l -> assertThat(l.dataCenters()).isNotEmpty());
        assertThat(t.dataCenters()).allSatisfy(d -> assertThat(d.servers()).isNotEmpty());
    }

    @Test
    void ids_are_unique_across_locations_data_centers_and_servers() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        List<String> ids = Stream.of(t.locations().stream().map(Location::id), t.dataCenters().map(DataCenter::id),
                t.servers().map(Server::id)).flatMap(s -> s).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void locations_are_named_after_real_metros_and_numbered_when_a_metro_repeats() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        assertThat(t.locations()).allSatisfy(l -> {
            assertThat(l.id()).matches("[A-Z]{3}[0-9]*");
            assertThat(l.lat()).isBetween(-90.0, 90.0);
            assertThat(l.lon()).isBetween(-180.0, 180.0);
            assertThat(l.region()).isIn("EU", "NA", "APAC", "LATAM", "MEA");
        });
        assertThat(t.locations()).anySatisfy(l -> assertThat(l.id()).endsWith("2"));
        assertThat(t.dataCenters()).allSatisfy(d -> assertThat(d.id()).matches("[A-Z]{3}[0-9]*-[0-9]+"));
    }

    @Test
    void every_egress_address_is_a_documentation_address_of_exactly_one_pool() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        Map<String, Integer> poolsPerAddress = new HashMap<>();
        t.pools().forEach(p -> p.addresses().forEach(a -> poolsPerAddress.merge(a, 1, Integer::sum)));
        assertThat(poolsPerAddress.values()).containsOnly(1);
        List<String> egress = t.servers().flatMap(s -> s.egressIps().stream()).toList();
        assertThat(egress).isNotEmpty().allSatisfy(ip -> {
            assertThat(poolsPerAddress).containsKey(ip);
            assertThat(IpAddress.parseIpv4(ip)).isPresent();
            assertThat(ip).matches("192\\.0\\.2\\..*|198\\.51\\.100\\..*|198\\.1[89]\\..*");
        });
    }

    @Test
    void no_ipv4_address_is_deployed_in_more_than_four_locations() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        Map<String, Set<String>> locationsPerAddress = new HashMap<>();
        for (Location l : t.locations()) {
            l.dataCenters().stream().flatMap(d -> d.servers().stream()).flatMap(s -> s.egressIps().stream())
                    .forEach(ip -> locationsPerAddress.computeIfAbsent(ip, k -> new HashSet<>()).add(l.id()));
        }
        assertThat(locationsPerAddress.values()).allSatisfy(locs -> assertThat(locs).hasSizeBetween(1, 4));
    }

    @Test
    void capacity_shares_stay_within_one_per_address() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        Map<String, Double> total = new HashMap<>();
        t.dataCenters().forEach(d -> d.ipCapacity().forEach((ip, share) -> total.merge(ip, share, Double::sum)));
        assertThat(total.values()).allSatisfy(sum -> assertThat(sum).isLessThanOrEqualTo(1.0));
    }

    @Test
    void some_pools_have_ipv6_some_zones_are_regional_and_one_zone_has_no_pool() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        assertThat(t.pools()).anySatisfy(p -> assertThat(p.addresses()).anyMatch(a -> a.endsWith("/48")));
        assertThat(t.zones()).filteredOn(z -> !z.hasPool()).hasSize(1);
        assertThat(t.zones()).anySatisfy(z -> assertThat(z.regions()).isNotEmpty());
        List<String> poolIds = t.pools().stream().map(Pool::id).toList();
        assertThat(t.zones()).filteredOn(Zone::hasPool).allSatisfy(z -> assertThat(poolIds).contains(z.pool()));
    }

    @Test
    void scenarios_name_existing_zones_origins_and_servers_and_expect_a_tier() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        TopologyIndex lookup = t.index();
        assertThat(t.scenarios()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(s -> {
            assertThat(t.zone(s.zone())).isPresent();
            assertThat(t.origin(s.origin())).isPresent();
            assertThat(lookup.server(s.ingressServer())).hasValueSatisfying(p -> assertThat(p.isUp()).isTrue());
            assertThat(Tier.valueOf(s.expect())).isNotNull();
        });
    }

    @Test
    void links_join_existing_locations_with_positive_latency_and_no_duplicates() {
        Topology t = TopologyGenerator.generate(MEDIUM);
        Set<String> ids = new HashSet<>(t.locations().stream().map(Location::id).toList());
        Set<String> pairs = new HashSet<>();
        assertThat(t.links()).isNotEmpty().allSatisfy(link -> {
            assertThat(ids).contains(link.from(), link.to());
            assertThat(link.latencyMs()).isPositive();
            List<String> pair = new ArrayList<>(List.of(link.from(), link.to()));
            pair.sort(null);
            assertThat(pairs.add(String.join("~", pair))).isTrue();
        });
    }

    @Test
    void the_generated_topology_has_no_layout() {
        assertThat(TopologyGenerator.generate(MEDIUM).layout()).isEmpty();
    }

    @Test
    void small_and_empty_specs_work() {
        Topology tiny = TopologyGenerator.generate(new GeneratorSpec(2, 1, 1, 1, 1));
        assertThat(tiny.locations()).hasSize(2);
        assertThat(tiny.servers().count()).isEqualTo(1);
        Topology empty = TopologyGenerator.generate(new GeneratorSpec(0, 0, 0, 0, 1));
        assertThat(empty.locations()).isEmpty();
        assertThat(empty.zones()).hasSize(1);
    }

    @Test
    void the_large_benchmark_topology_is_built_quickly_enough_to_generate_on_demand() {
        Topology t = TopologyGenerator.generate(GeneratorSpec.large(42));
        assertThat(t.servers().count()).isEqualTo(100_000);
        assertThat(t.dataCenters().count()).isEqualTo(1_000);
    }

    @Test
    void impossible_specs_are_refused_with_a_reason() {
        assertThatThrownBy(() -> new GeneratorSpec(-1, 0, 0, 0, 1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new GeneratorSpec(1, 0, 5, 0, 1)).hasMessageContaining("data center");
        assertThatThrownBy(() -> new GeneratorSpec(0, 3, 0, 0, 1)).hasMessageContaining("location");
    }
}
