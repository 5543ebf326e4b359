package dev.aegisplanner.model.export;

/** Wording shared by the diagrams. */
final class Labels {

    private Labels() {
    }

    /** "Frankfurt (FRA, EU)", "FRA (EU)", "FRA": the name, with the id when it differs, and the region. */
    static String named(String displayName, String id, String region) {
        StringBuilder extra = new StringBuilder();
        if (!displayName.equals(id)) {
            extra.append(id);
        }
        if (region != null && !region.isBlank()) {
            extra.append(extra.length() > 0 ? ", " : "").append(region);
        }
        return extra.length() == 0 ? displayName : displayName + " (" + extra + ")";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
