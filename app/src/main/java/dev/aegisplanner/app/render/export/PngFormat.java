package dev.aegisplanner.app.render.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/** {@code --format png}: the picture drawn with Java2D and encoded by ImageIO, headless. */
public final class PngFormat extends ImageFormat {

    @Override
    public String name() {
        return "png";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    void encode(Picture picture, OutputStream out) throws IOException {
        if (!ImageIO.write(picture.toImage(), "png", out)) {
            throw new IOException("this Java runtime has no PNG encoder");
        }
    }
}
