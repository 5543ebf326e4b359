package dev.aegisplanner.app.render.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class RgbaTest {

    @Test
    void webColoursReadAsCssWritesThem() {
        assertThat(Rgba.web("#0969da")).isEqualTo(new Rgba(0x09, 0x69, 0xda, 1));
        assertThat(Rgba.web("#0969da", 0.1).opacity()).isEqualTo(0.1);
        assertThat(Rgba.web("#0969da").hex()).isEqualTo("#0969da");
        assertThat(Rgba.web("#ff8000").argb()).isEqualTo(0xffff8000);
    }

    @Test
    void malformedColoursAreRefused() {
        assertThatThrownBy(() -> Rgba.web("0969da")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rgba(256, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rgba(0, 0, 0, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fadingMultipliesTheOpacity() {
        assertThat(Rgba.web("#0969da", 0.5).fade(0.5).opacity()).isEqualTo(0.25);
        assertThat(Rgba.web("#0969da").fade(3).opacity()).isEqualTo(1);
    }

    @Test
    void desaturatingMatchesJavaFxWhichTheCanvasUsedBefore() {
        for (String hex : new String[] {"#4e79a7", "#f28e2b", "#59a14f", "#d37295", "#edc948", "#808080"}) {
            Rgba ours = Rgba.web(hex).desaturate();
            Color theirs = Color.web(hex).desaturate();
            assertThat(ours.red() / 255.0).as(hex).isCloseTo(theirs.getRed(), within(1 / 255.0));
            assertThat(ours.green() / 255.0).as(hex).isCloseTo(theirs.getGreen(), within(1 / 255.0));
            assertThat(ours.blue() / 255.0).as(hex).isCloseTo(theirs.getBlue(), within(1 / 255.0));
        }
    }
}
