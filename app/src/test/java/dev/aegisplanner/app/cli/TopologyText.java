package dev.aegisplanner.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small topology files written for one test: what a planner's broken or odd files look like. */
final class TopologyText {

    /** One Frankfurt server and a zone whose pool does not exist. */
    static final String ZONE_WITH_MISSING_POOL = """
            {
              "format": "aegis-topology",
              "version": 1,
              "locations": [
                { "id": "FRA", "region": "EU", "lat": 50.11, "lon": 8.68,
                  "dataCenters": [ { "id": "FRA-1", "servers": [ { "id": "fra1-s1" } ] } ] }
              ],
              "zones": [ { "id": "shop.example.com", "pool": "no-such-pool" } ],
              "origins": [ { "id": "origin", "ipv4": "203.0.113.10" } ]
            }
            """;

    /** Valid, but the pool has an address no server holds. */
    static final String UNUSED_POOL_ADDRESS = """
            {
              "format": "aegis-topology",
              "version": 1,
              "locations": [
                { "id": "FRA", "region": "EU", "lat": 50.11, "lon": 8.68,
                  "dataCenters": [ { "id": "FRA-1", "servers": [
                    { "id": "fra1-s1", "egressIps": ["192.0.2.10"] } ] } ] }
              ],
              "pools": [ { "id": "shop-pool", "source": "leased", "addresses": ["192.0.2.10", "192.0.2.99"] } ],
              "zones": [ { "id": "shop.example.com", "pool": "shop-pool" } ],
              "origins": [ { "id": "origin", "ipv4": "203.0.113.10" } ]
            }
            """;

    private TopologyText() {
    }

    static String write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
