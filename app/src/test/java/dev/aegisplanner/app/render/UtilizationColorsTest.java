package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.model.capacity.RowStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One utilization scale: the stylesheet's looked-up colours and the drawing's are the same, and tell apart. */
class UtilizationColorsTest {

    private static String stylesheet() throws IOException {
        try (InputStream in = UtilizationColorsTest.class.getResourceAsStream("/assets/styles/analysis.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Rgba defined(String css, String name) {
        Matcher m = Pattern.compile(Pattern.quote("-" + name) + ":\\s*(#[0-9a-fA-F]{6});").matcher(css);
        assertThat(m.find()).as("-%s is defined in analysis.css", name).isTrue();
        return Rgba.web(m.group(1));
    }

    @Test
    void theStylesheetDefinesEveryStepOfTheScaleAsTheDrawingDrawsIt() throws IOException {
        String css = stylesheet();
        for (RowStatus status : RowStatus.values()) {
            assertThat(defined(css, "utilization-" + status.name().toLowerCase(Locale.ROOT)))
                    .as(status.name()).isEqualTo(UtilizationColors.of(status));
        }
        assertThat(defined(css, "utilization-unserved")).isEqualTo(UtilizationColors.UNSERVED);
    }

    @Test
    void theStepsDifferInLightness_soTheyStayApartWithoutHue() {
        Rgba[] scale = {UtilizationColors.of(RowStatus.OK), UtilizationColors.of(RowStatus.WARN),
                UtilizationColors.of(RowStatus.OVER)};
        for (int i = 0; i < scale.length; i++) {
            for (int j = i + 1; j < scale.length; j++) {
                assertThat(Math.abs(luma(scale[i]) - luma(scale[j]))).as("%s against %s", scale[i], scale[j])
                        .isGreaterThan(25);
            }
        }
    }

    private static double luma(Rgba c) {
        return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue();
    }
}
