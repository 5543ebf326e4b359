package dev.aegisplanner.app.demo;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/** What the photographing tours do between pictures: act on the JavaFX thread, wait, take a picture of the screen. */
final class TourSteps {

    private TourSteps() {
    }

    /** Runs an action on the JavaFX thread and waits for it (never call it from that thread). */
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

    /** Photographs the whole screen with ImageMagick's {@code import} into {@code name.png}. */
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
