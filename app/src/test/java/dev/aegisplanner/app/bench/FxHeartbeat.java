package dev.aegisplanner.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * How long the JavaFX thread keeps the window waiting: a beat is posted to it every few milliseconds and the delay
 * until it runs is recorded. A frozen window shows as a long delay, whatever froze it.
 */
final class FxHeartbeat implements AutoCloseable {

    private static final long PERIOD_MILLIS = 4;

    private final List<Double> delays = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    FxHeartbeat() {
        thread = new Thread(this::beat, "fx-heartbeat");
        thread.setDaemon(true);
        thread.start();
    }

    private void beat() {
        while (running) {
            long posted = System.nanoTime();
            Object answered = new Object();
            synchronized (answered) {
                Platform.runLater(() -> {
                    synchronized (answered) {
                        record((System.nanoTime() - posted) / 1e6);
                        answered.notifyAll();
                    }
                });
                try {
                    answered.wait(TimeUnit.SECONDS.toMillis(60));
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private synchronized void record(double millis) {
        delays.add(millis);
    }

    /** The delays since the last call, and forgets them. */
    synchronized List<Double> take() {
        List<Double> taken = new ArrayList<>(delays);
        delays.clear();
        return taken;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
