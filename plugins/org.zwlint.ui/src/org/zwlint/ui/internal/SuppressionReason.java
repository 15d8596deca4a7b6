package org.zwlint.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The reason a suppression comment gives: core writes a placeholder ("// zwlint-disable-next-line
 * PM001: reason"), and the IDE asks the developer for the real one before inserting it.
 */
final class SuppressionReason {
    private static final Pattern PLACEHOLDER = Pattern.compile(":\\s*reason(\\r\\n|\\r|\\n)$");

    private SuppressionReason() {
    }

    static boolean isSuppression(String ruleId, FixRecord fix) {
        return FixFamily.of(ruleId, fix).key().startsWith("suppress:");
    }

    /**
     * Asks on the UI thread in a small shell of its own (a prompt and a line to type in, no JFace
     * dialog machinery), and returns at once: {@code then} gets the reason when the developer presses
     * Enter; closing the shell (Esc) suppresses nothing. The shell is created in this turn and shown in
     * the next.
     */
    static void ask(String ruleId, int count, Consumer<String> then) {
        Display display = Display.getCurrent();
        if (display == null) {
            return; // not on the UI thread: nobody to ask, nothing suppressed
        }
        Shell parent = display.getActiveShell();
        Shell shell = parent != null ? new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL)
                : new Shell(display, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText("Suppress " + ruleId);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 10;
        shell.setLayout(layout);
        String where = count == 1 ? "this finding" : count + " findings";
        Label prompt = new Label(shell, SWT.NONE);
        prompt.setText("Why is " + where + " not a bug? The reason goes into the comment (Enter to write it, Esc to "
                + "cancel).");
        Text reason = new Text(shell, SWT.BORDER | SWT.SINGLE);
        reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label problem = new Label(shell, SWT.NONE);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        reason.addListener(SWT.DefaultSelection, e -> {
            String given = reason.getText().strip();
            if (given.isEmpty()) {
                problem.setText("Give a reason.");
                return;
            }
            shell.dispose();
            // The editor's window takes the focus back in this turn; the comment goes in the next.
            display.asyncExec(() -> then.accept(given));
        });
        // Sized and shown in the next turn: creating the shell and sizing it each took about 20 ms
        // of one 85 ms turn on the busy machine.
        display.asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            shell.pack();
            Point size = shell.getSize();
            Rectangle over = parent != null && !parent.isDisposed() ? parent.getBounds()
                    : display.getPrimaryMonitor().getBounds();
            shell.setBounds(over.x + (over.width - size.x) / 2, over.y + (over.height - size.y) / 3, size.x, size.y);
            shell.open();
            reason.setFocus();
        });
    }

    /** The fix with the placeholder replaced by {@code reason}. */
    static FixRecord withReason(FixRecord fix, String reason) {
        List<FixRecord.EditRecord> edits = fix.edits().stream().map(edit -> {
            Matcher placeholder = PLACEHOLDER.matcher(edit.replacement());
            String replacement = placeholder.find()
                    ? edit.replacement().substring(0, placeholder.start()) + ": " + reason + placeholder.group(1)
                    : edit.replacement();
            return new FixRecord.EditRecord(edit.start(), edit.end(), edit.original(), replacement);
        }).toList();
        return new FixRecord(fix.label(), edits);
    }
}
