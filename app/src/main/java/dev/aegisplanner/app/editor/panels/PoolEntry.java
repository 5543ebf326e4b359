package dev.aegisplanner.app.editor.panels;

import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.model.topology.Pool;
import java.util.List;

/** A pool as the Pools panel lists it: the pool, then each of its addresses with how many servers hold it. */
public record PoolEntry(Pool pool, List<AddressEntry> addresses) {

    /** @param kind "IPv4", "IPv6" or "IPv6 prefix"; @param holders servers whose egress IPs include it */
    public record AddressEntry(String pool, String address, String kind, int holders) {

        public boolean assignable() {
            return kind.equals("IPv4");
        }

        public String detail() {
            if (!assignable()) {
                return kind + ", every data center";
            }
            return holders == 0 ? "unassigned" : Counts.of(holders, "server");
        }
    }

    public String detail() {
        String source = pool.source() == null ? "no source" : pool.source().json();
        return source + ", " + Counts.of(addresses.size(), "address");
    }
}
