package dev.aegisplanner.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * How long the JavaFX thread keeps the window waiting: a beat is posted to it every few milliseconds and the delay
 * until it runs is recorded, with the JavaFX thread's own CPU time over that delay. A long delay with little CPU
 * is the machine (other processes, garbage collection) not giving the thread a core; a long delay the thread spent
 * working is work that froze the window.
 */
final class FxHeartbeat implements AutoCloseable {

    /** One beat: how long it waited, and how much of that the JavaFX thread was working. */
    record Beat(double waitedMillis, double workingMillis) {
    }

    private static final long PERIOD_MILLIS = 4;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Beat> beats = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long fxThread = -1;

    FxHeartbeat() {
        Platform.runLater(() -> fxThread = Thread.currentThread().getId());
        thread = new Thread(this::beat, "fx-heartbeat");
        thread.setDaemon(true);
        thread.start();
    }

    private void beat() {
        while (running) {
            long posted = System.nanoTime();
            long cpu = fxThread < 0 ? 0 : THREADS.getThreadCpuTime(fxThread);
            Object answered = new Object();
            synchronized (answered) {
                Platform.runLater(() -> {
                    synchronized (answered) {
                        long cpuNow = THREADS.getCurrentThreadCpuTime();
                        record(new Beat((System.nanoTime() - posted) / 1e6, cpu == 0 ? 0 : (cpuNow - cpu) / 1e6));
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

    private synchronized void record(Beat beat) {
        beats.add(beat);
    }

    /** The beats since the last call, and forgets them. */
    synchronized List<Beat> take() {
        List<Beat> taken = new ArrayList<>(beats);
        beats.clear();
        return taken;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
