package dev.aegisplanner.app.demo;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * The steps a photographed tour of the window takes from its own thread: act on the FX thread and wait for it,
 * photograph the screen with ImageMagick's {@code import}, wait for an animation.
 */
final class TourSteps {

    private TourSteps() {
    }

    static void fx(Runnable action) {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void shoot(String name) {
        try {
            new ProcessBuilder("import", "-window", "root", name + ".png").inheritIO().start().waitFor();
            System.out.println("shot " + name + ".png");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot take a screenshot", e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
