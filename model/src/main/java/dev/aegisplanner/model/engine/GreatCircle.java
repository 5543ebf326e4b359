package dev.aegisplanner.model.engine;

/** Great-circle distance on a spherical Earth (haversine), good to a few metres per kilometre. */
final class GreatCircle {

    /** The IUGG mean Earth radius. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinDPhi = Math.sin((phi2 - phi1) / 2);
        double sinDLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = sinDPhi * sinDPhi + Math.cos(phi1) * Math.cos(phi2) * sinDLambda * sinDLambda;
        // min() keeps rounding from pushing asin's argument past 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
