package org.zwlint.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.zwlint.core.Progress;

/**
 * A one-line progress bar on a terminal's stderr: files done of the total and the rate, redrawn
 * in place with a carriage return at most every {@link #REDRAW_NANOS}, and wiped at the end so the
 * summary line that follows starts on a clean line. Told from the analysis threads.
 */
final class ProgressBar implements Progress {
    static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 24;

    private final PrintWriter terminal;
    private final LongSupplier clock;
    private final long start;
    private int planned;
    private int done;
    private long drawnAt = Long.MIN_VALUE;
    private int drawnWidth;

    ProgressBar(PrintWriter terminal, LongSupplier clock) {
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized void filesPlanned(int files) {
        planned = files;
        draw(true);
    }

    @Override
    public synchronized void filesDone(int files) {
        done += files;
        draw(done >= planned);
    }

    /** Wipes the bar, if one was drawn. */
    synchronized void finish() {
        if (drawnWidth > 0) {
            terminal.print("\r" + " ".repeat(drawnWidth) + "\r");
            terminal.flush();
            drawnWidth = 0;
        }
    }

    private void draw(boolean always) {
        long now = clock.getAsLong();
        if (!always && now - drawnAt < REDRAW_NANOS) {
            return;
        }
        drawnAt = now;
        String line = line(done, planned, now - start);
        // Spaces over what is left of a longer line drawn before.
        terminal.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        terminal.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }

    /** "zwlint: [#########---------------]  312/724 files  41.3 files/s", under 80 columns. */
    static String line(int done, int planned, long elapsedNanos) {
        int total = Math.max(planned, done);
        int filled = total == 0 ? 0 : (int) ((long) BAR * done / total);
        double seconds = elapsedNanos / 1e9;
        String rate = seconds < 0.05 ? "" : String.format(Locale.ROOT, "  %.1f files/s", done / seconds);
        return "zwlint: [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] "
                + String.format(Locale.ROOT, "%" + String.valueOf(total).length() + "d", done) + "/" + total + " files"
                + rate;
    }
}
