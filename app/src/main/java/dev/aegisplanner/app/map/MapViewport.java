package dev.aegisplanner.app.map;

import dev.aegisplanner.app.map.GeoMath.LatLon;
import java.util.Collection;

/**
 * Which part of the world a map shows: an equirectangular projection with a zoom (pixels per degree) and a
 * centre. The world repeats sideways, so panning never hits an edge and the centre longitude is kept in
 * [-180, 180); vertically the view stays within the poles. Pure arithmetic, no JavaFX.
 */
final class MapViewport {

    static final double MAX_SCALE = 160;
    /** The band a fresh map shows: Antarctica and the high Arctic hold no data centers. */
    static final double HOME_NORTH = 78;
    static final double HOME_SOUTH = -58;

    private double width = 1;
    private double height = 1;
    private double scale = 1;
    private double centerLon;
    private double centerLat;

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    double scale() {
        return scale;
    }

    double centerLon() {
        return centerLon;
    }

    double centerLat() {
        return centerLat;
    }

    /** The smallest zoom: the whole world's width in the view. */
    double minScale() {
        return width / 360;
    }

    void resize(double newWidth, double newHeight) {
        boolean first = width <= 1;
        width = Math.max(1, newWidth);
        height = Math.max(1, newHeight);
        if (first) {
            showWorld();
        } else {
            setScale(scale);
        }
    }

    double x(double lon) {
        return width / 2 + (lon - centerLon) * scale;
    }

    double y(double lat) {
        return height / 2 - (lat - centerLat) * scale;
    }

    double lon(double x) {
        return centerLon + (x - width / 2) / scale;
    }

    double lat(double y) {
        return centerLat - (y - height / 2) / scale;
    }

    /** Westmost and eastmost longitude in view (unwrapped: may lie beyond 180). */
    double westLon() {
        return lon(0);
    }

    double eastLon() {
        return lon(width);
    }

    /** Zooms by {@code factor} keeping the place under the screen point where it is. */
    void zoomAt(double factor, double screenX, double screenY) {
        double lon = lon(screenX);
        double lat = lat(screenY);
        setScale(scale * factor);
        centerLon = lon - (screenX - width / 2) / scale;
        centerLat = lat + (screenY - height / 2) / scale;
        normalize();
    }

    void panBy(double dx, double dy) {
        centerLon -= dx / scale;
        centerLat += dy / scale;
        normalize();
    }

    /** The world, from {@link #HOME_SOUTH} to {@link #HOME_NORTH}, centred on Greenwich. */
    void showWorld() {
        scale = Math.max(minScale(), Math.min(width / 360, height / (HOME_NORTH - HOME_SOUTH)));
        centerLon = 0;
        centerLat = (HOME_NORTH + HOME_SOUTH) / 2;
        normalize();
    }

    /**
     * Fits places into the view with a margin in degrees. Longitudes are treated as a circle: places on both
     * sides of the antimeridian are framed across it, not across the whole world.
     */
    void fit(Collection<LatLon> places, double marginDegrees) {
        fit(places, marginDegrees, 0, 0, 0);
    }

    /**
     * As {@link #fit(Collection, double)}, showing at least {@code minSpanDegrees} of longitude, and keeping
     * the places out of bands of {@code topInset} and {@code bottomInset} pixels (where cards are drawn).
     */
    void fit(Collection<LatLon> places, double marginDegrees, double minSpanDegrees, double topInset,
             double bottomInset) {
        if (places.isEmpty()) {
            showWorld();
            return;
        }
        double[] lons = places.stream().mapToDouble(p -> ((p.lon() + 180) % 360 + 360) % 360 - 180).sorted().toArray();
        double widestGap = lons[0] + 360 - lons[lons.length - 1];
        double west = lons[0];
        for (int i = 1; i < lons.length; i++) {
            if (lons[i] - lons[i - 1] > widestGap) {
                widestGap = lons[i] - lons[i - 1];
                west = lons[i];
            }
        }
        double lonSpan = 360 - widestGap;
        double south = places.stream().mapToDouble(LatLon::lat).min().orElse(0);
        double north = places.stream().mapToDouble(LatLon::lat).max().orElse(0);
        double usable = Math.max(height / 3, height - topInset - bottomInset);
        double fitted = Math.min(width / Math.max(minSpanDegrees, lonSpan + 2 * marginDegrees),
                usable / (north - south + 2 * marginDegrees));
        setScale(Math.min(fitted, MAX_SCALE / 4));
        centerLon = west + lonSpan / 2;
        // The places' middle goes to the middle of the band between the insets (shrunk alike when clamped).
        double insets = topInset + bottomInset;
        double shiftPixels = insets <= 0 ? 0 : (height - usable) / 2 * (topInset - bottomInset) / insets;
        centerLat = (north + south) / 2 + shiftPixels / scale;
        normalize();
    }

    private void setScale(double value) {
        scale = Math.max(minScale(), Math.min(MAX_SCALE, value));
    }

    private void normalize() {
        centerLon = ((centerLon + 180) % 360 + 360) % 360 - 180;
        double halfHeight = height / 2 / scale;
        if (halfHeight >= 90) {
            centerLat = 0;
        } else {
            centerLat = Math.max(-90 + halfHeight, Math.min(90 - halfHeight, centerLat));
        }
    }
}
