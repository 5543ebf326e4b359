package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.model.topology.LayoutBox;
import org.junit.jupiter.api.Test;

class ViewportTest {

    private final Viewport vp = new Viewport(100, 50, 0.5, 800, 600);

    @Test
    void screen_and_canvas_coordinates_convert_both_ways() {
        assertThat(vp.toCanvasX(vp.toScreenX(1234))).isCloseTo(1234, within(1e-9));
        assertThat(vp.toScreenY(50)).isZero();
        assertThat(vp.visible()).isEqualTo(new LayoutBox(100, 50, 1600, 1200));
    }

    @Test
    void zooming_around_a_point_keeps_that_point_under_the_cursor() {
        double before = vp.toCanvasX(300);
        Viewport zoomed = vp.zoomedAround(2.0, 300, 200);
        assertThat(zoomed.scale()).isEqualTo(2.0);
        assertThat(zoomed.toCanvasX(300)).isCloseTo(before, within(1e-9));
        assertThat(zoomed.toCanvasY(200)).isCloseTo(vp.toCanvasY(200), within(1e-9));
    }

    @Test
    void fitting_shows_the_whole_box_centred_and_never_past_the_zoom_limits() {
        LayoutBox box = new LayoutBox(1_000, 1_000, 4_000, 1_000);
        Viewport fitted = vp.fitting(box, 20, 1.0);
        LayoutBox visible = fitted.visible();
        assertThat(visible.x()).isLessThanOrEqualTo(box.x());
        assertThat(visible.x() + visible.w()).isGreaterThanOrEqualTo(box.x() + box.w());
        assertThat(visible.x() + visible.w() / 2).isCloseTo(3_000, within(1e-6));
        assertThat(vp.fitting(new LayoutBox(0, 0, 10, 10), 20, 1.0).scale()).isEqualTo(1.0);
        assertThat(new Viewport(0, 0, 1e-9, 10, 10).scale()).isEqualTo(Viewport.MIN_SCALE);
    }
}
