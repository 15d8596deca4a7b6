package org.zwlint.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Explains the ZwLint marker selected in the Problems view or under the caret in an editor: the
 * rule and its help, the witness path (click a step to jump to it), and the dispatcher's replay.
 * It reads only marker attributes and the rule catalog, and does so off the UI thread (which marker
 * the caret is in, the witness's and replay's decoding): the UI thread only puts the texts into the
 * view's widgets, whose sizes do not change with them.
 */
public final class ZwLintView extends ViewPart {
    public static final String ID = "org.zwlint.ui.view";
    /** Widget data key naming each part of the view ("title", "help", "steps", "status", "trace"), for tests and accessibility tools. */
    public static final String ROLE = "org.zwlint.ui.role";

    private final ISelectionListener follower = this::selectionChanged;
    private @Nullable IMarker shown;
    private Label title = unset();
    private Label message = unset();
    private Text help = unset();
    private Table steps = unset();
    private Label status = unset();
    private Table trace = unset();
    private Composite root = unset();
    /** Whether the sections are being created (in turns), and whether they are all there. */
    private boolean sectionsStarted;
    private boolean sectionsReady;
    /** The marker to show once the sections are there. */
    private @Nullable MarkerExplanation pending;
    /** Numbers the selections the view looked up a marker for, and the one it shows (UI thread only). */
    private long requested;
    private long applied;

    @SuppressWarnings("null") // assigned in createPartControl before any other method runs
    private static <T> T unset() {
        return null;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        title = new Label(root, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        title.setLayoutData(fixedHeight(title, 1));
        title.setText("Select a ZwLint marker in an editor or the Problems view.");
        message = new Label(root, SWT.WRAP);
        message.setLayoutData(fixedHeight(message, 2));
        title.setData(ROLE, "title");
        message.setData(ROLE, "message");
        this.root = root;

        getSite().getPage().addPostSelectionListener(follower);
        IWorkbenchPart active = getSite().getPage().getActivePart();
        ISelection current = getSite().getPage().getSelection();
        if (active != null && current != null) {
            selectionChanged(active, current);
        }
    }

    /**
     * The rule, witness and replay sections, created when the first marker is shown (a view with
     * nothing to explain yet needs only its prompt), one per turn of the event loop, then laid out
     * in the next turn and filled in the one after, so that no turn holds the UI thread long.
     */
    private List<Runnable> sectionTurns() {
        SashForm[] sash = new SashForm[1];
        return List.of(() -> {
            // Side by side: in the bottom of a workbench window each section gets the view's full
            // height, so a witness path or a replay of a dozen steps shows without scrolling.
            SashForm sections = new SashForm(root, SWT.HORIZONTAL);
            sections.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            Group helpGroup = group(sections, "Rule");
            help = new Text(helpGroup, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            help.setFont(JFaceResources.getTextFont());
            help.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            help.setData(ROLE, "help");
            sash[0] = sections;
        }, () -> {
            Group pathGroup = group(sash[0], "Witness path (choose a step to go there)");
            steps = new Table(pathGroup, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
            steps.setHeaderVisible(true);
            steps.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            column(steps, "#", 30);
            column(steps, "Where", 120);
            column(steps, "What happens", 480);
            // Choosing a step (the pointer, the arrow keys) shows it in its editor and leaves the focus
            // here, so the next step is a key away; Return or a double click goes to the editor.
            steps.addListener(SWT.Selection, event -> {
                if (event.item instanceof TableItem item && item.getData() instanceof WitnessStepRecord step) {
                    StepNavigator.reveal(getSite().getPage(), step, false);
                }
            });
            steps.addListener(SWT.DefaultSelection, event -> {
                if (event.item instanceof TableItem item && item.getData() instanceof WitnessStepRecord step) {
                    StepNavigator.reveal(getSite().getPage(), step, true);
                }
            });
            steps.setData(ROLE, "steps");
            rowToolTips(steps, 2);
        }, () -> {
            Group replayGroup = group(sash[0], "Dispatcher replay");
            status = new Label(replayGroup, SWT.NONE);
            status.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            status.setLayoutData(fixedHeight(status, 1));
            trace = new Table(replayGroup, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
            trace.setHeaderVisible(true);
            trace.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            column(trace, "Step", 70);
            column(trace, "What the dispatcher did", 560);
            sash[0].setWeights(3, 3, 4);
            status.setData(ROLE, "status");
            trace.setData(ROLE, "trace");
            rowToolTips(trace, 1);
        }, () -> root.layout(true, true), () -> {
            sectionsReady = true;
            MarkerExplanation first = pending;
            pending = null;
            if (first != null) {
                fill(first);
            }
        });
    }

    /**
     * A label's layout data of a fixed number of lines: a new text then changes no size, and showing
     * a marker lays nothing out again (a layout of the view's every widget was the costly part).
     */
    private static GridData fixedHeight(Label label, int lines) {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = new PixelConverter(label).convertHeightInCharsToPixels(lines);
        return data;
    }

    private static Group group(Composite parent, String text) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text);
        group.setLayout(new GridLayout(1, false));
        return group;
    }

    /** A row's long text in full where the column cuts it: its tooltip, under the pointer. */
    private static void rowToolTips(Table table, int column) {
        table.addListener(SWT.MouseHover, event -> {
            TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(event.x, event.y));
            table.setToolTipText(item == null ? null : item.getText(column));
        });
    }

    private static void column(Table table, String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    @Override
    public void setFocus() {
        if (sectionsReady) {
            steps.setFocus();
        } else {
            root.setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(follower);
        super.dispose();
    }

    /** The marker the view explains now, if any. */
    public Optional<IMarker> shownMarker() {
        return Optional.ofNullable(shown);
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || title.isDisposed()) {
            return;
        }
        markerIn(part, selection).ifPresent(this::lookUp);
    }

    /**
     * How to find the ZwLint marker a selection names, if it can name one; the search itself is not
     * for the UI thread. A selection that names no ZwLint marker leaves the view as it is: jumping to
     * a step must not blank it.
     */
    private static Optional<Supplier<Optional<IMarker>>> markerIn(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IMarker marker = Adapters.adapt(structured.getFirstElement(), IMarker.class);
            return marker == null ? Optional.empty()
                    : Optional.of(() -> isZwLint(marker) ? Optional.of(marker) : Optional.empty());
        }
        if (part instanceof ITextEditor editor && selection instanceof ITextSelection text) {
            IEditorInput input = editor.getEditorInput();
            IFile file = input == null ? null : input.getAdapter(IFile.class);
            int offset = text.getOffset();
            return file == null ? Optional.empty() : Optional.of(() -> MarkerAt.find(file, offset));
        }
        return Optional.empty();
    }

    private static boolean isZwLint(IMarker marker) {
        try {
            return marker.exists() && marker.isSubtypeOf(ZwLintPlugin.MARKER_TYPE);
        } catch (org.eclipse.core.runtime.CoreException e) {
            return false;
        }
    }

    /** Shows one marker; public for the workbench tests, which also select markers the way a user does. */
    public void show(IMarker marker) {
        lookUp(() -> isZwLint(marker) ? Optional.of(marker) : Optional.empty());
    }

    /**
     * Finds the marker and reads what the view shows of it off the UI thread, then shows it in a
     * later turn, unless the view already shows a marker of a later selection.
     */
    private void lookUp(Supplier<Optional<IMarker>> marker) {
        long request = ++requested;
        Display display = root.getDisplay();
        CompletableFuture.supplyAsync(() -> marker.get().map(MarkerExplanation::of)).whenComplete((found, failure) -> {
            if (failure != null) {
                ZwLintPlugin.getDefault().getLog().log(Status.error("cannot explain the selected marker", failure));
            } else if (found.isPresent() && !display.isDisposed()) {
                display.asyncExec(() -> show(request, found.get()));
            }
        });
    }

    private void show(long request, MarkerExplanation explanation) {
        if (root.isDisposed() || request < applied) {
            return;
        }
        applied = request;
        IMarker marker = explanation.marker();
        if (marker.equals(shown)) {
            return;
        }
        shown = marker;
        if (!sectionsReady) {
            pending = explanation;
            if (!sectionsStarted) {
                sectionsStarted = true;
                UiTurns.run(root, sectionTurns());
            }
            return;
        }
        fill(explanation);
    }

    /** Only texts and rows: every label keeps its size, so nothing is laid out again. */
    private void fill(MarkerExplanation explanation) {
        title.setText(explanation.title());
        message.setText(explanation.message());
        message.setToolTipText(explanation.message()); // where two lines do not hold it all
        help.setText(explanation.help());

        steps.removeAll();
        List<WitnessStepRecord> path = explanation.steps();
        for (int i = 0; i < path.size(); i++) {
            WitnessStepRecord step = path.get(i);
            TableItem item = new TableItem(steps, SWT.NONE);
            item.setText(new String[] {Integer.toString(i + 1), StepNavigator.shortName(step) + ":" + step.line(),
                    step.text()});
            item.setData(step);
        }

        trace.removeAll();
        Optional<VerdictRecord> verdict = explanation.verdict();
        status.setText(verdict.map(v -> "Result: " + v.hexStatus() + " " + v.statusName())
                .orElse("No system service call was replayed for this finding."));
        for (String line : verdict.map(VerdictRecord::trace).orElse(List.of())) {
            TableItem item = new TableItem(trace, SWT.NONE);
            item.setText(ReplayLine.split(line));
        }
    }
}
