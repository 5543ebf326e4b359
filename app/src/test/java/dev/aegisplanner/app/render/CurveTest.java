package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CurveTest {

    @Test
    void aStraightCurveRunsEvenlyAlongItsLine() {
        Curve line = Curve.straight(0, 0, 100, 50);

        assertThat(line.x(0.25)).isCloseTo(25, within(1e-9));
        assertThat(line.y(0.5)).isCloseTo(25, within(1e-9));
    }

    @Test
    void aBowedCurveArchesUpwardsByTheBowAtItsMiddle() {
        Curve arc = Curve.bowed(0, 100, 200, 100, 30);

        assertThat(arc.y(0.5)).isCloseTo(70, within(1e-9));
        assertThat(arc.x(0)).isEqualTo(0);
        assertThat(arc.y(1)).isEqualTo(100);
    }

    @Test
    void aPartStartsAndEndsOnTheCurveAndFollowsIt() {
        Curve arc = Curve.bowed(0, 100, 200, 40, 50);
        Curve part = arc.part(0.2, 0.7);

        assertThat(part.x1()).isCloseTo(arc.x(0.2), within(1e-9));
        assertThat(part.y1()).isCloseTo(arc.y(0.2), within(1e-9));
        assertThat(part.x2()).isCloseTo(arc.x(0.7), within(1e-9));
        assertThat(part.y2()).isCloseTo(arc.y(0.7), within(1e-9));
        assertThat(part.x(0.5)).isCloseTo(arc.x(0.45), within(1e-9));
        assertThat(part.y(0.5)).isCloseTo(arc.y(0.45), within(1e-9));
    }
}
