package org.zwlint.core.parse;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Worker threads for parsing files in parallel. */
public final class ParserThreads {
    /** A large stack, so deeply nested code hits the parser's nesting limit, not the JVM's. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private ParserThreads() {
    }

    /** A fixed pool of daemon threads with large stacks; the caller shuts it down. */
    public static ExecutorService newPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(null, task, "zwlint-parse-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }
}
