package dev.aegisplanner.app.render.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code --format svg}: the picture as an SVG 1.1 document, text that prints to a terminal too. */
public final class SvgFormat extends ImageFormat {

    @Override
    public String name() {
        return "svg";
    }

    @Override
    void encode(Picture picture, OutputStream out) throws IOException {
        out.write(picture.toSvg().getBytes(StandardCharsets.UTF_8));
    }
}
