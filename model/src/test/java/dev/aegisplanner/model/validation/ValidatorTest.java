package dev.aegisplanner.model.validation;

import static dev.aegisplanner.model.io.ReadAssertions.codes;
import static dev.aegisplanner.model.io.ReadAssertions.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.ReadResult;
import dev.aegisplanner.model.io.ReadResult.Outcome;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The semantic rules of PRODUCT.md section 3, one test per rule, each on a small topology text. The expected
 * problem is written as the command line prints it: pointer, line:column, severity, message.
 */
class ValidatorTest {

    private static ReadResult read(String json) {
        return TopologyReader.read(json);
    }

    @Nested
    class Ids {

        @Test
        void locationIdsAreUniqueAmongLocations() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1, "locations": [
                      {"id": "FRA", "lat": 50, "lon": 8},
                      {"id": "FRA", "lat": 50, "lon": 8}
                    ]}
                    """);

            assertThat(only(r, "duplicate-id").format()).isEqualTo("/locations/1/id 3:4 error: There is already a"
                    + " location FRA; location ids must be unique among locations");
            assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
        }

        @Test
        void dataCenterIdsAreUniqueInTheWholeFile() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1, "locations": [
                      {"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "DC-1", "servers": [{"id": "a"}]}]},
                      {"id": "AMS", "lat": 52, "lon": 4, "dataCenters": [{"id": "DC-1", "servers": [{"id": "b"}]}]}
                    ]}
                    """);

            assertThat(only(r, "duplicate-id").format()).isEqualTo("/locations/1/dataCenters/0/id 3:55 error:"
                    + " There is already a data center DC-1 in location FRA; data center ids must be unique in the whole file");
        }

        @Test
        void serverIdsAreUniqueInTheWholeFileNotJustInTheirDataCenter() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1, "locations": [
                      {"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [
                        {"id": "FRA-1", "servers": [{"id": "s1"}]},
                        {"id": "FRA-2", "servers": [{"id": "s1"}]}
                      ]}
                    ]}
                    """);

            assertThat(only(r, "duplicate-id").format()).isEqualTo("/locations/0/dataCenters/1/servers/0/id 4:34 error:"
                    + " There is already a server s1 in data center FRA-1; server ids must be unique in the whole file");
        }

        @Test
        void poolZoneAndOriginIdsAreUniqueWithinTheirKind() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "pools": [{"id": "p", "source": "leased", "addresses": []},
                               {"id": "p", "source": "leased", "addresses": []}],
                     "zones": [{"id": "z", "pool": "p"}, {"id": "z"}],
                     "origins": [{"id": "o", "ipv4": "203.0.113.1"}, {"id": "o", "ipv4": "203.0.113.2"}]
                    }
                    """);

            assertThat(r.problems()).filteredOn(p -> p.code().equals("duplicate-id")).extracting(Problem::format)
                    .containsExactly(
                            "/pools/1/id 3:13 error: There is already a pool p; pool ids must be unique among pools",
                            "/zones/1/id 4:39 error: There is already a zone z; zone ids must be unique among zones",
                            "/origins/1/id 5:51 error: There is already an origin o; origin ids must be unique among origins");
        }
    }

    @Nested
    class References {

        @Test
        void linkEndsMustBeLocations() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8}],
                     "links": [{"from": "FRA", "to": "AMS", "latencyMs": 7.5}]}
                    """);

            assertThat(only(r, "unknown-reference").format()).isEqualTo("/links/0/to 3:28 error:"
                    + " The link from FRA to AMS names location AMS, which does not exist");
        }

        @Test
        void aZonesPoolMustExist() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "zones": [{"id": "shop.example.com", "pool": "acme"}]}
                    """);

            assertThat(only(r, "unknown-reference").format()).isEqualTo("/zones/0/pool 2:39 error:"
                    + " Zone shop.example.com uses pool acme, which does not exist");
        }

        @Test
        void aScenariosZoneOriginAndIngressServerMustExist() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "scenarios": [{"id": "s",
                       "zone": "nozone",
                       "origin": "noorigin",
                       "ingressServer": "noserver"}]}
                    """);

            assertThat(r.problems()).extracting(Problem::format).containsExactly(
                    "/scenarios/0/zone 3:4 error: Scenario s names zone nozone, which does not exist",
                    "/scenarios/0/origin 4:4 error: Scenario s names origin noorigin, which does not exist",
                    "/scenarios/0/ingressServer 5:4 error: Scenario s names server noserver, which does not exist");
        }

        @Test
        void aLayoutEntryForNoElementIsOnlyAWarningBecauseLayoutNeverChangesTheEngine() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "layout": {"GONE": {"x": 1, "y": 2}}}
                    """);

            assertThat(only(r, "unknown-reference").format()).isEqualTo("/layout/GONE 2:13 warning: The layout has a"
                    + " position for GONE, but there is no location, data center, server or origin with that id");
            assertThat(r.outcome()).isEqualTo(Outcome.VALID);
        }

        @Test
        void aZoneRegionThatNoLocationIsInIsAWarning() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "region": "EU", "lat": 50, "lon": 8}],
                     "zones": [{"id": "z", "regions": ["EU", "APAC"]}]}
                    """);

            assertThat(only(r, "unknown-region").format()).isEqualTo("/zones/0/regions/1 3:42 warning:"
                    + " Zone z may egress from region APAC, but no location is in that region");
        }
    }

    @Nested
    class EgressAddresses {

        private static final String HEAD = """
                {"format": "aegis-topology", "version": 1,
                 "pools": [{"id": "acme", "source": "leased", "addresses": ["192.0.2.10"]}],
                 "zones": [{"id": "z", "pool": "acme"}],
                """;

        @Test
        void anEgressIpMustBeAnIpv4Address() {
            ReadResult r = read(HEAD + """
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "FRA-1", "servers": [
                       {"id": "s1", "egressIps": ["192.0.2.10", "192.0.2.300"]}]}]}]}
                    """);

            assertThat(only(r, "invalid-address").format()).isEqualTo("/locations/0/dataCenters/0/servers/0/egressIps/1"
                    + " 5:45 error: Server s1 lists '192.0.2.300' as an egress IP, which is not an IPv4 address");
        }

        @Test
        void anIpv6AddressIsNoEgressIpBecauseIpv6EgressComesFromThePool() {
            ReadResult r = read(HEAD + """
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "FRA-1", "servers": [
                       {"id": "s1", "egressIps": ["192.0.2.10", "2001:db8::1"]}]}]}]}
                    """);

            assertThat(only(r, "ipv6-egress").format()).isEqualTo("/locations/0/dataCenters/0/servers/0/egressIps/1"
                    + " 5:45 error: Server s1 lists the IPv6 address 2001:db8::1 as an egress IP; egressIps holds IPv4"
                    + " addresses only, IPv6 egress comes from the pool's IPv6 ranges");
        }

        @Test
        void everyEgressIpMustBeInAPool() {
            ReadResult r = read(HEAD + """
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "FRA-1", "servers": [
                       {"id": "s1", "egressIps": ["192.0.2.10", "198.51.100.7"]}]}]}]}
                    """);

            assertThat(only(r, "ip-in-no-pool").format()).isEqualTo("/locations/0/dataCenters/0/servers/0/egressIps/1"
                    + " 5:45 error: Server s1 egresses from 198.51.100.7, which is in no pool; every egress IP must"
                    + " belong to exactly one pool");
        }

        @Test
        void anIpv4AddressMayBeSplitAcrossAtMostFourLocations() {
            ReadResult r = read(HEAD + """
                     "locations": [
                      {"id": "MAD", "lat": 40, "lon": -3, "dataCenters": [{"id": "MAD-1", "servers": [{"id": "m", "egressIps": ["192.0.2.10"]}]}]},
                      {"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "FRA-1", "servers": [{"id": "f", "egressIps": ["192.0.2.10"]}]}]},
                      {"id": "AMS", "lat": 52, "lon": 4, "dataCenters": [{"id": "AMS-1", "servers": [{"id": "a", "egressIps": ["192.0.2.10"]}]}]},
                      {"id": "LON", "lat": 51, "lon": 0, "dataCenters": [{"id": "LON-1", "servers": [{"id": "l", "egressIps": ["192.0.2.10"]}]}]},
                      {"id": "CDG", "lat": 49, "lon": 2, "dataCenters": [{"id": "CDG-1", "servers": [{"id": "c", "egressIps": ["192.0.2.10"]}]}]}
                     ]}
                    """);

            assertThat(only(r, "ipv4-too-many-locations").format()).isEqualTo(
                    "/locations/4/dataCenters/0/servers/0/egressIps/0 9:108 error: 192.0.2.10 is held in 5 locations"
                            + " (AMS, CDG, FRA, LON, MAD); an IPv4 address may be split across at most 4");
        }

        @Test
        void fourLocationsAndSeveralDataCentersInOneLocationAreFine() {
            ReadResult r = read(HEAD + """
                     "locations": [
                      {"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [
                        {"id": "FRA-1", "servers": [{"id": "f1", "egressIps": ["192.0.2.10"]}]},
                        {"id": "FRA-2", "servers": [{"id": "f2", "egressIps": ["192.0.2.10"]}]}]},
                      {"id": "AMS", "lat": 52, "lon": 4, "dataCenters": [{"id": "AMS-1", "servers": [{"id": "a", "egressIps": ["192.0.2.10"]}]}]},
                      {"id": "LON", "lat": 51, "lon": 0, "dataCenters": [{"id": "LON-1", "servers": [{"id": "l", "egressIps": ["192.0.2.10"]}]}]},
                      {"id": "CDG", "lat": 49, "lon": 2, "dataCenters": [{"id": "CDG-1", "servers": [{"id": "c", "egressIps": ["192.0.2.10"]}]}]}
                     ]}
                    """);

            assertThat(r.problems()).isEmpty();
        }
    }

    @Nested
    class Pools {

        @Test
        void poolAddressesAreIpv4OrIpv6AddressesOrIpv6Prefixes() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1, "zones": [{"id": "z", "pool": "p"}],
                     "pools": [{"id": "p", "source": "byoip", "addresses": ["2001:db8::/48", "192.0.2.0/24"]}]}
                    """);

            assertThat(only(r, "invalid-address").format()).isEqualTo("/pools/0/addresses/1 2:74 error: Pool p lists"
                    + " '192.0.2.0/24', which is not an IPv4 address, an IPv6 address or an IPv6 prefix");
        }

        @Test
        void anAddressBelongsToAtMostOnePool() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "pools": [{"id": "acme", "source": "leased", "addresses": ["192.0.2.10"]},
                               {"id": "globex", "source": "leased", "addresses": ["192.0.2.10"]}]}
                    """);

            assertThat(only(r, "address-in-two-pools").format()).isEqualTo("/pools/1/addresses/0 3:63 error:"
                    + " 192.0.2.10 is in pool acme and in pool globex; an address belongs to at most one pool");
        }

        @Test
        void anIpv6AddressInsideAnotherPoolsPrefixIsInTwoPools() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "pools": [{"id": "acme", "source": "leased", "addresses": ["2001:db8:a::/48"]},
                               {"id": "globex", "source": "byoip", "addresses": ["2001:db8:b::1", "2001:db8:a:7::1"]}]}
                    """);

            assertThat(only(r, "address-in-two-pools").format()).isEqualTo("/pools/1/addresses/1 3:79 error:"
                    + " 2001:db8:a:7::1 of pool globex lies inside 2001:db8:a::/48 of pool acme; an address belongs"
                    + " to at most one pool");
        }

        @Test
        void aPoolNeedsASourceBecauseItHoldsEitherLeasedOrByoipAddressesNeverBoth() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "pools": [{"id": "acme", "addresses": []}]}
                    """);

            assertThat(only(r, "missing-field").format()).isEqualTo("/pools/0/source 2:12 error:"
                    + " Pool acme is missing the required field 'source'");
        }

        @Test
        void aPoolAddressNoServerHoldsIsAWarning() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1, "zones": [{"id": "z", "pool": "acme"}],
                     "pools": [{"id": "acme", "source": "leased", "addresses": ["192.0.2.11"]}]}
                    """);

            assertThat(only(r, "unused-pool-address").format()).isEqualTo("/pools/0/addresses/0 2:61 warning:"
                    + " No server holds 192.0.2.11 of pool acme");
            assertThat(r.outcome()).isEqualTo(Outcome.VALID);
        }

        @Test
        void aPoolNoZoneUsesIsAWarning() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "pools": [{"id": "acme", "source": "leased", "addresses": []}]}
                    """);

            assertThat(only(r, "unused-pool").format()).isEqualTo("/pools/0 2:12 warning: No zone uses pool acme");
        }
    }

    @Nested
    class CapacityShares {

        private static final String HEAD = """
                {"format": "aegis-topology", "version": 1,
                 "pools": [{"id": "acme", "source": "leased", "addresses": ["192.0.2.10"]}],
                 "zones": [{"id": "z", "pool": "acme"}],
                """;

        @Test
        void theSharesOfOneAddressMayAddUpToAtMostOne() {
            ReadResult r = read(HEAD + """
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [
                      {"id": "FRA-1", "ipCapacity": {"192.0.2.10": 0.75}, "servers": [{"id": "a", "egressIps": ["192.0.2.10"]}]},
                      {"id": "FRA-2", "ipCapacity": {"192.0.2.10": 0.5}, "servers": [{"id": "b", "egressIps": ["192.0.2.10"]}]}]}]}
                    """);

            assertThat(only(r, "shares-over-one").format()).isEqualTo("/locations/0/dataCenters/1/ipCapacity/192.0.2.10"
                    + " 6:34 error: The data-center shares of 192.0.2.10 add up to 1.25 (FRA-1 0.75, FRA-2 0.5);"
                    + " they may add up to at most 1");
        }

        @Test
        void sharesThatAddUpToExactlyOneInDecimalAreNotOverbookedByBinaryRounding() {
            ReadResult r = read(HEAD + """
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [
                      {"id": "A", "ipCapacity": {"192.0.2.10": 0.1}, "servers": [{"id": "a", "egressIps": ["192.0.2.10"]}]},
                      {"id": "B", "ipCapacity": {"192.0.2.10": 0.2}, "servers": [{"id": "b", "egressIps": ["192.0.2.10"]}]},
                      {"id": "C", "ipCapacity": {"192.0.2.10": 0.7}, "servers": [{"id": "c", "egressIps": ["192.0.2.10"]}]}]}]}
                    """);

            assertThat(r.problems()).isEmpty();
        }

        @Test
        void aShareIsMoreThanZeroAndAtMostOne() {
            ReadResult r = read(HEAD + """
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [
                      {"id": "FRA-1", "ipCapacity": {"192.0.2.10": 0}, "servers": [{"id": "a", "egressIps": ["192.0.2.10"]}]}]}]}
                    """);

            assertThat(only(r, "share-out-of-range").format()).isEqualTo("/locations/0/dataCenters/0/ipCapacity/192.0.2.10"
                    + " 5:34 error: Data center FRA-1 gives 192.0.2.10 a share of 0; a share must be more than 0 and at most 1");
        }

        @Test
        void ipCapacityIsForIpv4Addresses() {
            ReadResult r = read(HEAD + """
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [
                      {"id": "FRA-1", "ipCapacity": {"2001:db8::1": 0.5}, "servers": [{"id": "a", "egressIps": ["192.0.2.10"]}]}]}]}
                    """);

            assertThat(only(r, "invalid-address").format()).isEqualTo("/locations/0/dataCenters/0/ipCapacity/2001:db8::1"
                    + " 5:34 error: Data center FRA-1 gives a capacity share to '2001:db8::1', which is not an IPv4 address");
        }

        @Test
        void aShareOfAnAddressNoServerOfTheDataCenterHoldsIsAWarning() {
            ReadResult r = read(HEAD + """
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [
                      {"id": "FRA-1", "servers": [{"id": "a", "egressIps": ["192.0.2.10"]}]},
                      {"id": "FRA-2", "ipCapacity": {"192.0.2.10": 0.5}, "servers": [{"id": "b"}]}]}]}
                    """);

            assertThat(only(r, "capacity-unheld-address").format()).isEqualTo(
                    "/locations/0/dataCenters/1/ipCapacity/192.0.2.10 6:34 warning: Data center FRA-2 has a capacity"
                            + " share of 192.0.2.10, but none of its servers holds that address");
        }

        @Test
        void aShareOfAnIpv4AddressNoServerAnywhereHoldsIsAWarning() {
            ReadResult r = read(HEAD + """
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [
                      {"id": "FRA-1", "ipCapacity": {"192.0.2.10": 0.5}, "servers": [{"id": "a"}]}]}]}
                    """);

            assertThat(only(r, "ipv4-without-server").format()).isEqualTo(
                    "/locations/0/dataCenters/0/ipCapacity/192.0.2.10 5:34 warning: Data center FRA-1 has a capacity"
                            + " share of 192.0.2.10, but no server holds that address");
        }
    }

    @Nested
    class Geometry {

        @Test
        void latitudeIsBetweenMinus90And90() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 95.5, "lon": 8}]}
                    """);

            assertThat(only(r, "latitude-out-of-range").format()).isEqualTo("/locations/0/lat 2:30 error:"
                    + " Location FRA has latitude 95.5; a latitude must be between -90 and 90");
        }

        @Test
        void longitudeIsBetweenMinus180And180() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50, "lon": -181}],
                     "origins": [{"id": "o", "ipv4": "203.0.113.1", "lat": 0, "lon": 200}]}
                    """);

            assertThat(r.problems()).extracting(Problem::format).containsExactly(
                    "/locations/0/lon 2:41 error: Location FRA has longitude -181; a longitude must be between -180 and 180",
                    "/origins/0/lon 3:59 error: Origin o has longitude 200; a longitude must be between -180 and 180");
        }

        @Test
        void aLinksLatencyIsNotNegative() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8}, {"id": "AMS", "lat": 52, "lon": 4}],
                     "links": [{"from": "FRA", "to": "AMS", "latencyMs": -1}]}
                    """);

            assertThat(only(r, "negative-latency").format()).isEqualTo("/links/0/latencyMs 3:41 error:"
                    + " The link from FRA to AMS has a negative latency (-1 ms)");
        }

        @Test
        void aNumberTooLargeForADoubleIsReportedAndNeverReadAsInfinity() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8}, {"id": "AMS", "lat": 52, "lon": 4}],
                     "links": [{"from": "FRA", "to": "AMS", "latencyMs": 1e400}]}
                    """);

            assertThat(only(r, "number-out-of-range").format()).isEqualTo("/links/0/latencyMs 3:41 error:"
                    + " Field 'latencyMs' in the link from FRA to AMS is 1e400, too large for any value it can have");
            assertThat(r.topology().links().get(0).latencyMs()).isZero();
        }
    }

    @Nested
    class Links {

        @Test
        void aLinkConnectsTwoDifferentLocations() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8}],
                     "links": [{"from": "FRA", "to": "FRA", "latencyMs": 1}]}
                    """);

            assertThat(only(r, "link-to-itself").format()).isEqualTo("/links/0 3:12 error:"
                    + " The link from FRA to FRA connects a location to itself");
        }

        @Test
        void linksAreUndirectedSoTheReverseOfAListedLinkIsADuplicate() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8}, {"id": "AMS", "lat": 52, "lon": 4}],
                     "links": [{"from": "FRA", "to": "AMS", "latencyMs": 7},
                               {"from": "AMS", "to": "FRA", "latencyMs": 8}]}
                    """);

            assertThat(only(r, "duplicate-link").format()).isEqualTo("/links/1 4:12 warning: The link between AMS"
                    + " and FRA is listed more than once; links are undirected, so list each pair once");
        }
    }

    @Nested
    class OriginsAndScenarios {

        @Test
        void anOriginHasAtLeastOneAddress() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "origins": [{"id": "o", "port": 8443}]}
                    """);

            assertThat(only(r, "origin-without-address").format()).isEqualTo("/origins/0 2:14 error:"
                    + " Origin o has neither an 'ipv4' nor an 'ipv6' address; it needs at least one");
        }

        @Test
        void anOriginsIpv4IsIpv4AndItsIpv6IsIpv6() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "origins": [{"id": "o", "ipv4": "2001:db8::1", "ipv6": "203.0.113.1"}]}
                    """);

            assertThat(r.problems()).extracting(Problem::format).containsExactly(
                    "/origins/0/ipv4 2:26 error: Origin o has ipv4 '2001:db8::1', which is not an IPv4 address",
                    "/origins/0/ipv6 2:49 error: Origin o has ipv6 '203.0.113.1', which is not an IPv6 address");
        }

        @Test
        void aPortIsBetween1And65535() {
            ReadResult r = read("""
                    {"format": "aegis-topology", "version": 1,
                     "origins": [{"id": "o", "ipv4": "203.0.113.1", "port": 70000}]}
                    """);

            assertThat(only(r, "port-out-of-range").format()).isEqualTo("/origins/0/port 2:49 error:"
                    + " Origin o has port 70000; a port must be between 1 and 65535");
        }

        private static final String REQUEST = """
                {"format": "aegis-topology", "version": 1,
                 "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "FRA-1", "servers": [{"id": "s1"}]}]}],
                 "zones": [{"id": "z"}],
                 "origins": [{"id": "o", "ipv4": "203.0.113.1"}],
                """;

        @Test
        void aScenarioCannotAskForAFamilyTheOriginHasNoAddressOf() {
            ReadResult r = read(REQUEST + """
                     "scenarios": [{"id": "s", "zone": "z", "origin": "o", "ingressServer": "s1", "family": "ipv6"}]}
                    """);

            assertThat(only(r, "family-unavailable").format()).isEqualTo("/scenarios/0/family 5:79 error:"
                    + " Scenario s asks for ipv6, but origin o has no ipv6 address");
        }

        @Test
        void aScenarioExpectsATierByItsName() {
            ReadResult r = read(REQUEST + """
                     "scenarios": [{"id": "s", "zone": "z", "origin": "o", "ingressServer": "s1", "expect": "SAME_DC"}]}
                    """);

            assertThat(only(r, "unknown-tier").format()).isEqualTo("/scenarios/0/expect 5:79 error: Scenario s"
                    + " expects 'SAME_DC', which is not a tier; use one of NO_AEGIS, IPV6_GLOBAL, SAME_SERVER,"
                    + " SAME_DATA_CENTER, SAME_LOCATION, OTHER_LOCATION, NO_EGRESS");
        }

        @Test
        void aScenarioWithEverythingInPlaceIsFine() {
            ReadResult r = read(REQUEST + """
                     "scenarios": [{"id": "s", "zone": "z", "origin": "o", "ingressServer": "s1", "expect": "NO_AEGIS"}]}
                    """);

            assertThat(r.problems()).isEmpty();
        }
    }

    @Test
    void aDataCenterWithoutServersIsAWarning() {
        ReadResult r = read("""
                {"format": "aegis-topology", "version": 1,
                 "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "FRA-1"}]}]}
                """);

        assertThat(only(r, "empty-data-center").format()).isEqualTo("/locations/0/dataCenters/0 2:67 warning:"
                + " Data center FRA-1 has no servers");
        assertThat(r.outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void problemsComeInDocumentOrderNotGroupedByRule() {
        ReadResult r = read("""
                {"format": "aegis-topology", "version": 1,
                 "locations": [
                  {"id": "FRA", "lat": 95, "lon": 8, "dataCenters": [{"id": "FRA-1"}]},
                  {"id": "FRA", "lat": 50, "lon": 8}
                 ],
                 "links": [{"from": "FRA", "to": "FRA", "latencyMs": 1}]}
                """);

        assertThat(codes(r)).containsExactly(
                "latitude-out-of-range", "empty-data-center", "duplicate-id", "link-to-itself");
    }

    @Nested
    class InMemory {

        @Test
        void aTopologyBuiltInMemoryGetsPointersButNoPositions() {
            Topology t = Topology.empty("t").withPools(List.of(new Pool("acme", null, null, List.of())));

            assertThat(Validator.validate(t)).extracting(Problem::format).containsExactly(
                    "/pools/0 warning: No zone uses pool acme",
                    "/pools/0/source error: Pool acme has no 'source'; say whether its addresses are \"leased\" or \"byoip\"");
        }

        @Test
        void problemsComeInTheOrderAFileWouldHoldThemNotByRuleOrAlphabet() {
            List<Location> locations = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                locations.add(Location.of("L" + i, null, 0, 0, DataCenter.of("D" + i)));
            }
            Topology t = Topology.empty("t").withLocations(locations)
                    .withLinks(List.of(new Link("L0", "L0", 1)));

            assertThat(Validator.validate(t)).extracting(Problem::pointer).containsExactly(
                    "/locations/0/dataCenters/0", "/locations/1/dataCenters/0", "/locations/2/dataCenters/0",
                    "/locations/3/dataCenters/0", "/locations/4/dataCenters/0", "/locations/5/dataCenters/0",
                    "/locations/6/dataCenters/0", "/locations/7/dataCenters/0", "/locations/8/dataCenters/0",
                    "/locations/9/dataCenters/0", "/locations/10/dataCenters/0", "/links/0");
        }

        @Test
        void everyNumberThatIsNotFiniteIsAnErrorWhereverItIs() {
            Topology t = Topology.empty("t")
                    .withLocations(List.of(new Location("A", null, null, 0, Double.NEGATIVE_INFINITY, null, List.of(
                                    new DataCenter("D", null, null, java.util.Map.of("192.0.2.1", Double.NaN),
                                            List.of(dev.aegisplanner.model.topology.Server.of("s", "192.0.2.1"))))),
                            Location.of("B", null, 0, 0)))
                    .withLinks(List.of(new Link("A", "B", Double.NaN)))
                    .withPools(List.of(Pool.of("p", dev.aegisplanner.model.topology.PoolSource.LEASED, "192.0.2.1")))
                    .withOrigins(List.of(new dev.aegisplanner.model.topology.Origin("o", null, "203.0.113.1", null, 443,
                            Double.POSITIVE_INFINITY, Double.NaN)))
                    .withZones(List.of(new dev.aegisplanner.model.topology.Zone("z", "p", List.of())))
                    .withDemand(List.of(dev.aegisplanner.model.topology.Demand.inLocation("z", "o", "A",
                            Double.POSITIVE_INFINITY)));

            assertThat(Validator.validate(t)).filteredOn(Problem::isError).extracting(Problem::pointer)
                    .containsExactlyInAnyOrder("/locations/0/lon", "/locations/0/dataCenters/0/ipCapacity/192.0.2.1",
                            "/links/0/latencyMs", "/origins/0/lat", "/origins/0/lon", "/demand/0/connections");
        }

        @Test
        void nonFiniteNumbersThatNoFileCanHoldAreStillCaught() {
            Topology t = Topology.empty("t").withLocations(List.of(Location.of("A", null, Double.NaN, 0)))
                    .withLayout(java.util.Map.of("A", new LayoutBox(Double.POSITIVE_INFINITY, 0, -5, 0)));

            assertThat(Validator.validate(t)).extracting(Problem::format).containsExactly(
                    "/locations/0/lat error: Location A has latitude NaN (not a number); a latitude must be between -90 and 90",
                    "/layout/A/x error: The layout of A has x infinity; it must be a finite number",
                    "/layout/A/w error: The layout of A has a negative width (-5)");
        }
    }
}
