package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.RandomWorlds.World;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * How answers must move when the topology changes. Tiers are compared by ordinal: NO_AEGIS depends only on
 * the zone and IPV6_GLOBAL only on the ingress and the pool, so neither edit below can move a request into
 * or out of them, and among the rest a lower ordinal is a better answer.
 */
class CascadeMetamorphicProperties {

    @Provide
    Arbitrary<World> worlds() {
        return RandomWorlds.worlds();
    }

    @Property(tries = 500)
    void ipv6WithAPoolThatHasIpv6IsNeverForwardedInsideTheZonesRegions(@ForAll("worlds") World world) {
        ForwardingEngine engine = new ForwardingEngine(world.topology());
        ReferenceCascade reference = new ReferenceCascade(world.topology());
        for (Request request : world.requests()) {
            Zone zone = world.topology().zone(request.zone()).orElseThrow();
            Optional<ServerPlace> ingress = reference.place(request.ingressServer());
            boolean ipv6WithPool = request.family() == Family.IPV6 && zone.hasPool() && reference.poolHasIpv6(zone);
            if (!ipv6WithPool || reference.trace(request).isEmpty()) {
                continue;
            }
            TraceResult result = engine.trace(request);
            assertThat(result.tier()).isNotIn(Tier.SAME_SERVER, Tier.SAME_DATA_CENTER, Tier.SAME_LOCATION);
            if (zone.allowsRegion(ingress.orElseThrow().location().region())) {
                assertThat(result.tier()).isEqualTo(Tier.IPV6_GLOBAL);
                assertThat(result.egress().server()).isEqualTo(request.ingressServer());
            }
        }
    }

    @Property(tries = 500)
    void givingAServerAnotherPoolAddressNeverMakesAnAnswerWorse(
            @ForAll("worlds") World world, @ForAll @IntRange(max = 999) int serverPick,
            @ForAll @IntRange(max = 999) int addressPick) {
        List<String> servers = world.topology().servers().map(s -> s.id()).toList();
        Assume.that(!servers.isEmpty());
        String server = servers.get(serverPick % servers.size());
        List<String> pooled = RandomWorlds.SERVER_ADDRESSES.subList(0, RandomWorlds.SERVER_ADDRESSES.size() - 1);
        String address = pooled.get(addressPick % pooled.size());
        Topology richer = TopologyEdits.withEgressIp(world.topology(), server, address);

        for (Tier[] pair : tiersBeforeAndAfter(world, richer)) {
            assertThat(pair[1].ordinal()).as("%s -> %s after %s gets %s", pair[0], pair[1], server, address)
                    .isLessThanOrEqualTo(pair[0].ordinal());
        }
    }

    @Property(tries = 500)
    void takingAnElementDownNeverMakesAnAnswerBetter(
            @ForAll("worlds") World world, @ForAll @IntRange(max = 999) int elementPick) {
        List<String> elements = Stream.concat(world.topology().locations().stream().map(l -> l.id()),
                Stream.concat(world.topology().dataCenters().map(d -> d.id()),
                        world.topology().servers().map(s -> s.id()))).toList();
        String element = elements.get(elementPick % elements.size());
        Topology poorer = TopologyEdits.down(world.topology(), element);

        for (Tier[] pair : tiersBeforeAndAfter(world, poorer)) {
            assertThat(pair[1].ordinal()).as("%s -> %s with %s down", pair[0], pair[1], element)
                    .isGreaterThanOrEqualTo(pair[0].ordinal());
        }
    }

    /** For each request traceable in both topologies (an ingress that went down is skipped), the two tiers. */
    private static List<Tier[]> tiersBeforeAndAfter(World world, Topology after) {
        ForwardingEngine beforeEngine = new ForwardingEngine(world.topology());
        ForwardingEngine afterEngine = new ForwardingEngine(after);
        ReferenceCascade beforeReference = new ReferenceCascade(world.topology());
        ReferenceCascade afterReference = new ReferenceCascade(after);
        List<Tier[]> pairs = new ArrayList<>();
        for (Request request : world.requests()) {
            if (beforeReference.trace(request).isPresent() && afterReference.trace(request).isPresent()) {
                pairs.add(new Tier[] {beforeEngine.trace(request).tier(), afterEngine.trace(request).tier()});
            }
        }
        return pairs;
    }
}
