package org.zwlint.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Widget;

/**
 * Runs steps one per turn of the event loop, in order, while a widget lives: what a page or a view
 * creates on the UI thread is cut into short turns, with the toolkit's own events (input, painting)
 * handled between them.
 */
final class UiTurns {
    private UiTurns() {
    }

    static void run(Widget owner, List<Runnable> steps) {
        if (steps.isEmpty() || owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed()) {
                steps.get(0).run();
                run(owner, steps.subList(1, steps.size()));
            }
        });
    }
}
