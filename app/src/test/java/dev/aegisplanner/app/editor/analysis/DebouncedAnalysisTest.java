package dev.aegisplanner.app.editor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An analysis worked out off the UI thread: once per burst of edits, never for an edit it does not read, never stale. */
class DebouncedAnalysisTest {

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final UiThread ui = new UiThread();
    private final List<String> published = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void stop() {
        worker.shutdownNow();
        ui.close();
    }

    /** Inputs are "value/noise": the analysis reads the value only, so inputs with one value are equivalent. */
    private DebouncedAnalysis<String, String> analysis(long debounceMillis, Function<String, String> work) {
        return ui.get(() -> new DebouncedAnalysis<>(worker, ui::execute, debounceMillis, input -> {
            runs.incrementAndGet();
            return work.apply(input);
        }, (a, b) -> a.split("/")[0].equals(b.split("/")[0]), published::add));
    }

    private static String value(String input) {
        return input.split("/")[0];
    }

    /** Holds the analysis until the test lets it go: a slow analysis, on demand. */
    private static void await(CountDownLatch release) {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aBurstOfRequestsIsWorkedOutOnceForTheLast() {
        DebouncedAnalysis<String, String> analysis = analysis(100, DebouncedAnalysisTest::value);

        ui.run(() -> {
            analysis.request("1/a");
            analysis.request("2/a");
            analysis.request("3/a");
        });
        ui.await(() -> !published.isEmpty() && !analysis.busyProperty().get());

        assertThat(published).containsExactly("3");
        assertThat(runs).hasValue(1);
    }

    @Test
    void anEditTheAnalysisDoesNotReadIsNotWorkedOutAgain() {
        DebouncedAnalysis<String, String> analysis = analysis(0, DebouncedAnalysisTest::value);
        ui.run(() -> analysis.request("1/a"));
        ui.await(() -> published.size() == 1);

        ui.run(() -> analysis.request("1/moved"));

        assertThat(ui.get(() -> analysis.busyProperty().get())).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(published).containsExactly("1");
    }

    @Test
    void aResultNoLongerWantedIsDropped_aNewerOneFollows() {
        CountDownLatch release = new CountDownLatch(1);
        DebouncedAnalysis<String, String> analysis = analysis(0, input -> {
            if (input.startsWith("1")) {
                await(release);
            }
            return value(input);
        });
        ui.run(() -> analysis.request("1/a"));
        ui.await(() -> runs.get() == 1);

        ui.run(() -> analysis.request("2/a"));
        release.countDown();
        ui.await(() -> !analysis.busyProperty().get());

        assertThat(published).containsExactly("2");
    }

    @Test
    void anEquivalentRequestWhileWorkingWaitsForTheRunningResult() {
        CountDownLatch release = new CountDownLatch(1);
        DebouncedAnalysis<String, String> analysis = analysis(0, input -> {
            await(release);
            return value(input);
        });
        ui.run(() -> analysis.request("1/a"));
        ui.await(() -> runs.get() == 1);

        ui.run(() -> analysis.request("1/b"));
        release.countDown();
        ui.await(() -> !analysis.busyProperty().get());

        assertThat(published).containsExactly("1");
        assertThat(runs).hasValue(1);
    }
}
