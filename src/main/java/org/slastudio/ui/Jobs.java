package org.slastudio.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Slow work (writing a PDF) kept off the UI thread so the window never freezes; while it runs, {@link #running()}
 * says what it is doing. View models take a {@code Jobs} so their tests can run the work at once, without a toolkit.
 */
public final class Jobs {
    private final StringProperty running = new SimpleStringProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    /** The background job last started, which {@link #cancel()} stops. */
    private Task<?> current;
    private final boolean inline;
    private ExecutorService inTurn;

    private Jobs(boolean inline) {
        this.inline = inline;
    }

    /** Each job in a {@link Task} on its own daemon thread; results come back on the UI thread. */
    public static Jobs background() {
        return new Jobs(false);
    }

    /** Each job at once on the calling thread: for tests of view models. */
    public static Jobs inline() {
        return new Jobs(true);
    }

    /** What is being done now, e.g. "Writing agreement.pdf…"; null when nothing runs. */
    public ReadOnlyStringProperty running() {
        return running;
    }

    public BooleanBinding busy() {
        return Bindings.isNotNull(running);
    }

    /**
     * Work the user need not wait for (the recovery copy), run one at a time in the order given on one daemon thread,
     * without showing as running. Waiting on the result waits for all work given before it.
     */
    public Future<?> inTurn(Runnable work) {
        if (inline) {
            work.run();
            return CompletableFuture.completedFuture(null);
        }
        if (inTurn == null) {
            inTurn = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "slastudio-in-turn");
                thread.setDaemon(true);
                return thread;
            });
        }
        return inTurn.submit(work);
    }

    public <T> void run(String message, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        track(message, progress -> work.call(), done, failed);
    }

    /** Work that says how far it has got, from 0 to 1, e.g. through a large file. */
    @FunctionalInterface
    public interface Tracked<T> {
        T call(DoubleConsumer progress) throws Exception;
    }

    /** How far the job running now has got, from 0 to 1; -1 while it cannot say, or nothing runs. */
    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    /** As {@link #run}, for work that tells {@link #progress()} how far it has got. */
    public <T> void track(String message, Tracked<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        running.set(message);
        progress.unbind();
        progress.set(-1);
        if (inline) {
            T result;
            try {
                result = work.call(progress::set);
            } catch (Exception e) {
                finished();
                failed.accept(e);
                return;
            }
            finished();
            done.accept(result);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(share -> updateProgress(share, 1));
            }
        };
        current = task;
        progress.bind(task.progressProperty());
        // A job finishing while a later one runs leaves the later one's message and progress showing.
        task.setOnSucceeded(e -> {
            finished(task);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> finished(task));
        Thread thread = new Thread(task, "slastudio-job");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops the job running now, if any: its thread is interrupted (work that looks, stops) and neither its result nor
     * its failure is delivered.
     */
    public void cancel() {
        Task<?> task = current;
        if (task != null && task.isRunning()) {
            task.cancel(true);
        }
    }

    private void finished(Task<?> task) {
        if (current == task) {
            finished();
        }
    }

    private void finished() {
        current = null;
        progress.unbind();
        progress.set(-1);
        running.set(null);
    }
}
