package org.slastudio.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Slow work (writing a PDF) kept off the UI thread so the window never freezes; while it runs, {@link #running()}
 * says what it is doing. View models take a {@code Jobs} so their tests can run the work at once, without a toolkit.
 */
public final class Jobs {
    private final StringProperty running = new SimpleStringProperty();
    private final boolean inline;

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
