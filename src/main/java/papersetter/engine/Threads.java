package papersetter.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Work done on another thread: its value, or its failure thrown here as if done on this thread. */
final class Threads {
    private Threads() {
    }

    /**
     * Runs {@code work} on a thread of its own, for a long task that must not wait behind others in
     * the shared pool (which has one thread on a two-core machine).
     */
    static CompletableFuture<Void> onOwnThread(String name, Runnable work) {
        return CompletableFuture.runAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for {@code work} to end, whatever its outcome: for cleaning up after another failure. */
    static void settle(CompletableFuture<?> work) {
        try {
            work.join();
        } catch (RuntimeException ignored) {
            // the failure being handled is the one to report
        }
    }

    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw rethrown(e.getCause(), e);
        }
    }

    static <T> T get(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another thread", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause(), e);
        }
    }

    /** A domain exception (bad input, a failed write) keeps its type, so the command line words it as usual. */
    private static RuntimeException rethrown(Throwable cause, Exception wrapper) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause == null ? wrapper : cause);
    }
}
