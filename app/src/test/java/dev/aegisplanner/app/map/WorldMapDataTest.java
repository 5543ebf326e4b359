package dev.aegisplanner.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.map.WorldMapData.Shape;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorldMapDataTest {

    @Test
    void theShippedMapHasClosedLandRingsAndBorders() {
        WorldMapData world = WorldMapData.get();

        assertThat(world.land()).hasSizeGreaterThan(1000);
        assertThat(world.borders()).hasSizeGreaterThan(100);
        for (Shape ring : world.land()) {
            double[] c = ring.coordinates();
            assertThat(c[0]).isEqualTo(c[c.length - 2]);
            assertThat(c[1]).isEqualTo(c[c.length - 1]);
        }
    }

    @Test
    void everyShapeStartsWithinTheWorldAndStaysOnTheGlobe() {
        for (Shape shape : WorldMapData.get().land()) {
            assertThat(shape.west()).isBetween(-180.0, 180.0);
            assertThat(shape.east() - shape.west()).isLessThanOrEqualTo(360.0);
            assertThat(shape.south()).isGreaterThanOrEqualTo(-90.0);
            assertThat(shape.north()).isLessThanOrEqualTo(90.0);
        }
    }

    @Test
    void theFileStaysSmall() throws URISyntaxException, IOException {
        URL url = WorldMapData.class.getResource(WorldMapData.RESOURCE);

        assertThat(Files.size(Path.of(url.toURI()))).isLessThan(500_000);
    }

    @Test
    void readingSkipsUnknownFieldsAndDegenerateShapes() throws IOException {
        String json = "{\"source\":\"x\",\"extra\":{\"a\":[1,2]},\"land\":[[0,0,1,0,1,1,0,0],[5,5]],\"borders\":[]}";

        WorldMapData data = WorldMapData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(data.land()).singleElement().satisfies(s -> assertThat(s.points()).isEqualTo(4));
        assertThat(data.borders()).isEmpty();
    }
}
