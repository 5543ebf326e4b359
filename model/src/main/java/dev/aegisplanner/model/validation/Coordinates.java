package dev.aegisplanner.model.validation;

/** Latitude and longitude checks, shared by locations and origins. */
final class Coordinates {

    private Coordinates() {
    }

    /** @param subject the element as a sentence starts with it: "Location FRA" */
    static void check(Findings findings, String pointer, String subject, double lat, double lon) {
        checkLatitude(findings, pointer, subject, lat);
        checkLongitude(findings, pointer, subject, lon);
    }

    static void checkLatitude(Findings findings, String pointer, String subject, double lat) {
        if (!(lat >= -90 && lat <= 90)) {
            findings.error("latitude-out-of-range", pointer + "/lat", subject + " has latitude "
                    + Findings.number(lat) + "; a latitude must be between -90 and 90");
        }
    }

    static void checkLongitude(Findings findings, String pointer, String subject, double lon) {
        if (!(lon >= -180 && lon <= 180)) {
            findings.error("longitude-out-of-range", pointer + "/lon", subject + " has longitude "
                    + Findings.number(lon) + "; a longitude must be between -180 and 180");
        }
    }
}
