package org.zwlint.ui.tests;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the workbench from the test thread: runs code on the UI thread, posts real keyboard
 * events through {@link Display#post}, and waits for the workbench to react.
 */
final class UiDriver {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Display display = PlatformUI.getWorkbench().getDisplay();

    <T> T onUi(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(action.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    void onUi(Runnable action) {
        onUi(() -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    /** Waits until the condition holds, failing with {@code what} after the timeout. */
    void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                screenshot("timeout-" + what.replaceAll("\\W+", "-"));
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(50);
        }
    }

    void waitForBuilds() {
        try {
            sleep(200); // let the workspace schedule the auto-build after a change
            Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
            Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the build", e);
        }
    }

    /** Presses a key with modifiers (e.g. SWT.MOD1 and '1' for Ctrl+1) as real OS-level events. */
    void press(int modifiers, int key) {
        int[] modifierKeys = {SWT.CTRL, SWT.SHIFT, SWT.ALT};
        for (int modifier : modifierKeys) {
            if ((modifiers & modifier) != 0) {
                post(SWT.KeyDown, modifier, '\0');
            }
        }
        char character = key < 0x10000 ? (char) key : '\0';
        // GTK has no key for the character '\r'; Return is posted as the keypad Enter key.
        int keyCode = key == SWT.CR ? SWT.KEYPAD_CR : key;
        post(SWT.KeyDown, keyCode, character);
        post(SWT.KeyUp, keyCode, character);
        for (int i = modifierKeys.length - 1; i >= 0; i--) {
            if ((modifiers & modifierKeys[i]) != 0) {
                post(SWT.KeyUp, modifierKeys[i], '\0');
            }
        }
        onUi(() -> {
            while (display.readAndDispatch()) {
                // drain the events just posted
            }
        });
    }

    /**
     * Moves the real pointer into a control's top-left corner: without a window manager, X sends
     * keys to the window under the pointer, and popups open below the caret, not in that corner.
     */
    void pointAt(org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.graphics.Point center = onUi(() -> {
            org.eclipse.swt.graphics.Rectangle bounds = control.getBounds();
            return control.getParent().toDisplay(bounds.x + 5, bounds.y + 5);
        });
        Event event = new Event();
        event.type = SWT.MouseMove;
        event.x = center.x;
        event.y = center.y;
        if (!onUi(() -> display.post(event))) { // GTK moves the pointer only from the UI thread
            throw new AssertionError("Display.post refused mouse move");
        }
        sleep(100);
    }

    /** Clicks the middle of a control with the real pointer (left button). */
    void click(org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.graphics.Point center = onUi(() -> {
            org.eclipse.swt.graphics.Point size = control.getSize();
            return control.toDisplay(Math.min(size.x / 2, 8), size.y / 2);
        });
        postMouse(SWT.MouseMove, 0, center);
        postMouse(SWT.MouseDown, 1, center);
        postMouse(SWT.MouseUp, 1, center);
        onUi(() -> {
            while (display.readAndDispatch()) {
                // let the click arrive
            }
        });
    }

    /** Clicks a point of a control (its own coordinates) with the real pointer (left button). */
    void clickAt(org.eclipse.swt.widgets.Control control, org.eclipse.swt.graphics.Point local) {
        org.eclipse.swt.graphics.Point at = onUi(() -> control.toDisplay(local));
        postMouse(SWT.MouseMove, 0, at);
        postMouse(SWT.MouseDown, 1, at);
        postMouse(SWT.MouseUp, 1, at);
        onUi(() -> {
            while (display.readAndDispatch()) {
                // let the click arrive
            }
        });
    }

    private void postMouse(int type, int button, org.eclipse.swt.graphics.Point at) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        event.x = at.x;
        event.y = at.y;
        if (!onUi(() -> display.post(event))) { // GTK posts pointer events only from the UI thread
            throw new AssertionError("Display.post refused mouse event " + type);
        }
        sleep(50);
    }

    private void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display.post(event)) {
            throw new AssertionError("Display.post refused key event " + keyCode);
        }
        sleep(30);
    }

    /** Moves the real pointer to a point of a control and leaves it there (a hover). */
    void moveTo(org.eclipse.swt.widgets.Control control, org.eclipse.swt.graphics.Point local) {
        org.eclipse.swt.graphics.Point at = onUi(() -> control.toDisplay(local));
        postMouse(SWT.MouseMove, 0, new org.eclipse.swt.graphics.Point(at.x + 1, at.y));
        postMouse(SWT.MouseMove, 0, at);
    }

    /**
     * Saves what the (virtual) screen shows under the module's target/screenshots, where the build
     * keeps it as an artifact for a person to look at.
     */
    void screenshot(String name) {
        onUi(() -> {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
            org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, display.getBounds());
            try {
                gc.copyArea(image, 0, 0);
                org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
                loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
                java.io.File dir = new java.io.File(System.getProperty("user.dir"), "target/screenshots");
                dir.mkdirs();
                loader.save(new java.io.File(dir, name + ".png").getPath(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    Display display() {
        return display;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
