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
}
