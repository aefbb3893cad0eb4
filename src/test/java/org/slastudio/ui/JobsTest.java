package org.slastudio.ui;

import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class JobsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aBackgroundJobRunsOffTheUiThreadWhichKeepsRespondingAndHearsTheResultOnIt() throws Exception {
        Jobs jobs = Jobs.background();
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> workedOn = new AtomicReference<>();
        AtomicReference<String> doneOn = new AtomicReference<>();
        AtomicReference<Integer> result = new AtomicReference<>();

        WaitForAsyncUtils.asyncFx(() -> jobs.run("Writing hosting.pdf…", () -> {
            workedOn.set(Thread.currentThread().getName());
            release.await(10, TimeUnit.SECONDS);
            return 12;
        }, pages -> {
            doneOn.set(Thread.currentThread().getName());
            result.set(pages);
        }, failure -> { })).get(5, TimeUnit.SECONDS);

        // The job is still waiting, yet the UI thread runs other work: the window is not frozen.
        CountDownLatch uiRan = new CountDownLatch(1);
        Platform.runLater(uiRan::countDown);
        assertThat(uiRan.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> jobs.running().get()).get(5, TimeUnit.SECONDS)).isEqualTo("Writing hosting.pdf…");
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);

        assertThat(workedOn.get()).isEqualTo("slastudio-job");
        assertThat(doneOn.get()).isEqualTo("JavaFX Application Thread");
        assertThat(result.get()).isEqualTo(12);
        assertThat(WaitForAsyncUtils.asyncFx(() -> jobs.busy().get()).get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aFailedJobIsReportedAndNothingRunsAnyMore() {
        Jobs jobs = Jobs.inline();
        List<String> heard = new ArrayList<>();

        jobs.run("Writing", () -> {
            throw new IOException("disk full");
        }, r -> heard.add("done"), e -> heard.add("failed: " + e.getMessage()));

        assertThat(heard).containsExactly("failed: disk full");
        assertThat(jobs.running().get()).isNull();
    }

    @Test
    void aTrackedJobShowsHowFarItHasGotAndACancelledOneDeliversNothing() throws Exception {
        Jobs jobs = Jobs.background();
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        List<String> heard = new ArrayList<>();

        WaitForAsyncUtils.asyncFx(() -> jobs.track("Reading year.csv…", progress -> {
            progress.accept(0.5);
            halfway.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                stopped.countDown();
                throw e;
            }
            return "read";
        }, heard::add, e -> heard.add("failed"))).get(5, TimeUnit.SECONDS);
        assertThat(halfway.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> jobs.progress().get()).get() == 0.5);

        WaitForAsyncUtils.asyncFx(jobs::cancel).get(5, TimeUnit.SECONDS);

        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the job's thread was interrupted").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> jobs.busy().get()).get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> jobs.progress().get()).get(5, TimeUnit.SECONDS)).isEqualTo(-1);
        assertThat(heard).isEmpty();
    }

    @Test
    void anInlineTrackedJobReportsItsProgressAsItGoes() {
        Jobs jobs = Jobs.inline();
        List<Double> seen = new ArrayList<>();

        jobs.track("Reading", progress -> {
            progress.accept(0.25);
            seen.add(jobs.progress().get());
            return 1;
        }, r -> seen.add(jobs.progress().get()), e -> { });

        assertThat(seen).containsExactly(0.25, -1.0);
    }
}
