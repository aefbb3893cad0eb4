package org.slastudio.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Slow work (writing a PDF) kept off the UI thread so the window never freezes; while it runs, {@link #running()}
 * says what it is doing. View models take a {@code Jobs} so their tests can run the work at once, without a toolkit.
 */
public final class Jobs {
    private final StringProperty running = new SimpleStringProperty();
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
        running.set(message);
        if (inline) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                running.set(null);
                failed.accept(e);
                return;
            }
            running.set(null);
            done.accept(result);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            running.set(null);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(null);
            failed.accept(task.getException());
        });
        Thread thread = new Thread(task, "slastudio-job");
        thread.setDaemon(true);
        thread.start();
    }
}
