package dev.aegisplanner.app.render.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Java2D draws the renderer's calls into pixels, without a display. */
class Java2DSurfaceTest {

    private static final Rgba RED = Rgba.web("#ff0000");
    private static final Rgba WHITE = Rgba.web("#ffffff");

    private final BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    private final Graphics2D g = image.createGraphics();
    private final Java2DSurface surface = new Java2DSurface(g);

    @Test
    void shapesLandWhereTheTransformPutsThem() {
        clear();
        surface.setTransform(2, 10, 10);
        surface.setFill(RED);
        surface.fillRect(5, 5, 10, 10);

        assertThat(pixel(25, 25)).isEqualTo(0xff0000);
        assertThat(pixel(19, 19)).isEqualTo(0xffffff);
        assertThat(pixel(41, 41)).isEqualTo(0xffffff);
    }

    @Test
    void restoreEndsTheClipAndTheTransform() {
        clear();
        surface.save();
        surface.setTransform(2, 0, 0);
        surface.clipRoundRect(0, 0, 10, 10, 0);
        surface.setFill(RED);
        surface.fillRect(0, 0, 50, 50);
        surface.restore();

        assertThat(pixel(15, 15)).isEqualTo(0xff0000);
        assertThat(pixel(30, 30)).isEqualTo(0xffffff);
        surface.setFill(RED);
        surface.fillRect(60, 60, 10, 10);
        assertThat(pixel(65, 65)).isEqualTo(0xff0000);
    }

    @Test
    void centredTextIsSetAroundItsPoint() {
        clear();
        surface.setFill(Rgba.web("#000000"));
        surface.setFont(FontSpec.bold(20));
        surface.setTextAlign(TextAlign.CENTER);
        surface.setTextBaseline(TextBaseline.CENTER);
        surface.fillText("MMMM", 50, 50);

        int left = Integer.MAX_VALUE;
        int right = 0;
        for (int x = 0; x < 100; x++) {
            for (int y = 0; y < 100; y++) {
                if (pixel(x, y) != 0xffffff) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        assertThat((left + right) / 2.0).isCloseTo(50, within(3.0));
        assertThat(right - left).isCloseTo((int) surface.textWidth("MMMM", FontSpec.bold(20)),
                within(4));
    }

    private void clear() {
        surface.setFill(WHITE);
        surface.fillRect(0, 0, 100, 100);
    }

    private int pixel(int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }
}
