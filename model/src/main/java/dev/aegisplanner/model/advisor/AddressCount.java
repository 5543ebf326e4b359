package dev.aegisplanner.model.advisor;

/**
 * How many addresses the advisor places (PRODUCT.md section 8): the pool's own IPv4 addresses, exactly N, or the
 * fewest for which a placement meets the constraints.
 */
public record AddressCount(Mode mode, int count) {

    public enum Mode { POOL, EXACTLY, FEWEST }

    public static final AddressCount POOL = new AddressCount(Mode.POOL, 0);
    public static final AddressCount FEWEST = new AddressCount(Mode.FEWEST, 0);

    public AddressCount {
        if (mode == Mode.EXACTLY && count < 1) {
            throw new IllegalArgumentException("a pool needs at least one address, not " + count);
        }
    }

    public static AddressCount exactly(int count) {
        return new AddressCount(Mode.EXACTLY, count);
    }

    @Override
    public String toString() {
        return switch (mode) {
            case POOL -> "the pool's addresses";
            case EXACTLY -> count + (count == 1 ? " address" : " addresses");
            case FEWEST -> "the fewest addresses";
        };
    }
}
