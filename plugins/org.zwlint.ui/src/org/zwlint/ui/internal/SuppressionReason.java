package org.zwlint.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

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

    /** Asks on the UI thread; empty when the developer cancels. */
    static Optional<String> ask(String ruleId, int count) {
        Display display = Display.getCurrent();
        if (display == null) {
            return Optional.empty(); // not on the UI thread: nobody to ask, nothing suppressed
        }
        Shell shell = display.getActiveShell();
        String where = count == 1 ? "this finding" : count + " findings";
        InputDialog dialog = new InputDialog(shell, "Suppress " + ruleId,
                "Why is " + where + " not a bug? The reason goes into the comment, for the next reader.", "",
                text -> text.isBlank() ? "Give a reason." : text.contains("\n") ? "One line." : null);
        return dialog.open() == IDialogConstants.OK_ID ? Optional.of(dialog.getValue().strip()) : Optional.empty();
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
