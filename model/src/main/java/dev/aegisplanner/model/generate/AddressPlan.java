package dev.aegisplanner.model.generate;

/**
 * Hands out IPv4 egress addresses from ranges reserved for documentation and testing (RFC 5737 TEST-NET-1
 * and TEST-NET-2, then the RFC 2544 benchmarking range 198.18.0.0/15), so a generated file never names a
 * real network. TEST-NET-3 is left to the origins. Host parts .0 and .255 are skipped so no address looks
 * like a network or broadcast address.
 */
final class AddressPlan {

    private static final int BENCHMARK_BLOCKS = 512;
    private static final int BLOCKS = 2 + BENCHMARK_BLOCKS;

    private int block;
    private int host = 1;

    String next() {
        if (host > 254) {
            host = 1;
            block++;
        }
        if (block >= BLOCKS) {
            throw new IllegalArgumentException("The documentation address ranges are used up; ask for fewer pools");
        }
        return blockPrefix(block) + "." + host++;
    }

    private static String blockPrefix(int index) {
        return switch (index) {
            case 0 -> "192.0.2";
            case 1 -> "198.51.100";
            default -> "198." + (18 + (index - 2) / 256) + "." + ((index - 2) % 256);
        };
    }
}
