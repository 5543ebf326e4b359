package dev.aegisplanner.model.export;

import dev.aegisplanner.model.engine.Tier;

/** A tier in a planner's words, the same in diagrams, on the map and in the trace panel. */
public final class TierHeadlines {

    private TierHeadlines() {
    }

    public static String of(Tier tier) {
        return switch (tier) {
            case NO_AEGIS -> "No dedicated pool: egress with a shared address";
            case IPV6_GLOBAL -> "IPv6 egresses from the ingress server";
            case SAME_SERVER -> "Egress from the same server";
            case SAME_DATA_CENTER -> "Forwarded within the data center";
            case SAME_LOCATION -> "Forwarded to another data center of the location";
            case OTHER_LOCATION -> "Forwarded to another location";
            case NO_EGRESS -> "No server can egress";
        };
    }

    /** The headline starting in lower case, to follow a colon. */
    static String inSentence(Tier tier) {
        String headline = of(tier);
        return Character.toLowerCase(headline.charAt(0)) + headline.substring(1);
    }
}
