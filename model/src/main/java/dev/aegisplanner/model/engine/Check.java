package dev.aegisplanner.model.engine;

import java.util.Objects;

/**
 * One question the cascade asked, whether the answer was yes, and why, naming the elements involved.
 *
 * @param name one of the names below, in the order the cascade asks them
 */
public record Check(String name, boolean passed, String reason) {

    public static final String DEDICATED_POOL = "Dedicated pool";
    public static final String IPV6_IN_POOL = "IPv6 in pool";
    public static final String REGION = "Region";
    public static final String IPV6_EVERYWHERE = "IPv6 everywhere";
    public static final String SAME_SERVER = "Same server";
    public static final String SAME_DATA_CENTER = "Same data center";
    public static final String SAME_LOCATION = "Same location";
    public static final String OTHER_LOCATION = "Other location";

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }

    static Check pass(String name, String reason) {
        return new Check(name, true, reason);
    }

    static Check fail(String name, String reason) {
        return new Check(name, false, reason);
    }
}
