package dev.aegisplanner.app.map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The base map: Natural Earth land rings and country borders from {@code assets/map/world.json} (see the
 * README beside it). Loaded once, on first use, and shared: it never changes.
 */
final class WorldMapData {

    static final String RESOURCE = "/assets/map/world.json";

    /** A ring or line as {@code lon, lat} pairs, with its bounding box for culling. */
    record Shape(double[] coordinates, double west, double south, double east, double north) {

        static Shape of(double[] coordinates) {
            double west = 180, south = 90, east = -180, north = -90;
            for (int i = 0; i < coordinates.length; i += 2) {
                west = Math.min(west, coordinates[i]);
                east = Math.max(east, coordinates[i]);
                south = Math.min(south, coordinates[i + 1]);
                north = Math.max(north, coordinates[i + 1]);
            }
            return new Shape(coordinates, west, south, east, north);
        }

        int points() {
            return coordinates.length / 2;
        }
    }

    private static final class Holder {
        static final WorldMapData INSTANCE = load();
    }

    private final List<Shape> land;
    private final List<Shape> borders;

    private WorldMapData(List<Shape> land, List<Shape> borders) {
        this.land = List.copyOf(land);
        this.borders = List.copyOf(borders);
    }

    static WorldMapData get() {
        return Holder.INSTANCE;
    }

    List<Shape> land() {
        return land;
    }

    List<Shape> borders() {
        return borders;
    }

    private static WorldMapData load() {
        try (InputStream in = WorldMapData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("map data missing from the application: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the map data " + RESOURCE, e);
        }
    }

    /** Streams the file: a tree of 20,000 boxed numbers would cost more than the arrays themselves. */
    static WorldMapData read(InputStream in) throws IOException {
        List<Shape> land = new ArrayList<>();
        List<Shape> borders = new ArrayList<>();
        try (JsonParser parser = new ObjectMapper().getFactory().createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "land" -> readShapes(parser, land);
                    case "borders" -> readShapes(parser, borders);
                    default -> parser.skipChildren();
                }
            }
        }
        return new WorldMapData(land, borders);
    }

    private static void readShapes(JsonParser parser, List<Shape> out) throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY);
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            double[] buffer = new double[256];
            int n = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (n == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, n * 2);
                }
                buffer[n++] = parser.getDoubleValue();
            }
            if (n >= 4 && n % 2 == 0) {
                out.add(Shape.of(java.util.Arrays.copyOf(buffer, n)));
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("map data: expected " + expected + " but found " + actual);
        }
    }
}
