package dev.aegisplanner.model.geo;

/** Great-circle distance on a spherical Earth (haversine), good to a few metres per kilometre. */
public final class GreatCircle {

    /** The IUGG mean Earth radius. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** How far light travels in optical fibre per millisecond. */
    public static final double FIBRE_KM_PER_MS = 200.0;

    private GreatCircle() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinDPhi = Math.sin((phi2 - phi1) / 2);
        double sinDLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = sinDPhi * sinDPhi + Math.cos(phi1) * Math.cos(phi2) * sinDLambda * sinDLambda;
        // min() keeps rounding from pushing asin's argument past 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * A first guess at a backbone link's one-way latency between two points: light in fibre covers about
     * 200 km per millisecond and real routes run about twice the great-circle distance; rounded to a tenth,
     * at least 0.1 ms. The planner types the real figure.
     */
    public static double suggestedLatencyMs(double lat1, double lon1, double lat2, double lon2) {
        return Math.max(0.1, Math.round(estimatedLatencyMs(km(lat1, lon1, lat2, lon2)) * 10) / 10.0);
    }

    /**
     * The product's latency estimate for a great-circle distance, where no backbone link says better: a real
     * route runs about twice the great-circle distance, in fibre at 200 km per millisecond, so km / 100.
     */
    public static double estimatedLatencyMs(double greatCircleKm) {
        return 2 * greatCircleKm / FIBRE_KM_PER_MS;
    }
}
