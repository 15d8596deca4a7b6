package org.zwlint.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jdt.annotation.Nullable;
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
import org.zwlint.core.rules.RuleDescription;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Explains the ZwLint marker selected in the Problems view or under the caret in an editor: the
 * rule and its help, the witness path (click a step to jump to it), and the dispatcher's replay.
 * It reads only marker attributes and the rule catalog: nothing is analyzed on the UI thread.
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
    private boolean sectionsCreated;

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
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title.setText("Select a ZwLint marker in an editor or the Problems view.");
        message = new Label(root, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
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
     * The rule, witness and replay sections, created when the first marker is shown: a view with
     * nothing to explain yet needs only its prompt, and the tables are the costly part to create
     * on the UI thread.
     */
    private void createSections() {
        if (sectionsCreated) {
            return;
        }
        sectionsCreated = true;
        SashForm sections = new SashForm(root, SWT.HORIZONTAL);
        sections.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group helpGroup = group(sections, "Rule");
        help = new Text(helpGroup, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        help.setFont(JFaceResources.getTextFont());
        help.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        SashForm path = new SashForm(sections, SWT.VERTICAL);
        Group pathGroup = group(path, "Witness path (choose a step to go there)");
        steps = new Table(pathGroup, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        steps.setHeaderVisible(true);
        steps.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(steps, "#", 30);
        column(steps, "Where", 140);
        column(steps, "What happens", 400);
        steps.addListener(SWT.Selection, event -> {
            if (event.item instanceof TableItem item && item.getData() instanceof WitnessStepRecord step) {
                StepNavigator.reveal(getSite().getPage(), step);
            }
        });

        Group replayGroup = group(path, "Dispatcher replay");
        status = new Label(replayGroup, SWT.WRAP);
        status.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        trace = new Table(replayGroup, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        trace.setHeaderVisible(true);
        trace.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(trace, "Step", 60);
        column(trace, "What the dispatcher did", 460);
        path.setWeights(2, 3);
        sections.setWeights(2, 3);
        help.setData(ROLE, "help");
        steps.setData(ROLE, "steps");
        status.setData(ROLE, "status");
        trace.setData(ROLE, "trace");
    }

    private static Group group(Composite parent, String text) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text);
        group.setLayout(new GridLayout(1, false));
        return group;
    }

    private static void column(Table table, String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    @Override
    public void setFocus() {
        if (sectionsCreated) {
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
        markerIn(part, selection).ifPresent(this::show);
    }

    /** A selection that names no ZwLint marker leaves the view as it is: jumping to a step must not blank it. */
    private static Optional<IMarker> markerIn(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IMarker marker = Adapters.adapt(structured.getFirstElement(), IMarker.class);
            return marker != null && isZwLint(marker) ? Optional.of(marker) : Optional.empty();
        }
        if (part instanceof ITextEditor editor && selection instanceof ITextSelection text) {
            IEditorInput input = editor.getEditorInput();
            IFile file = input == null ? null : input.getAdapter(IFile.class);
            return file == null ? Optional.empty() : MarkerAt.find(file, text.getOffset());
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
        if (marker.equals(shown) || !marker.exists()) {
            return;
        }
        shown = marker;
        if (!sectionsCreated) {
            // The first marker: the sections are created in this turn of the event loop, laid out in
            // the next, and filled in the one after, so that no turn holds the UI thread long.
            createSections();
            Display display = root.getDisplay();
            display.asyncExec(() -> {
                if (!root.isDisposed()) {
                    root.layout(true, true);
                    display.asyncExec(() -> {
                        if (!root.isDisposed() && marker.equals(shown)) {
                            fill(marker);
                        }
                    });
                }
            });
            return;
        }
        fill(marker);
    }

    private void fill(IMarker marker) {
        String ruleId = MarkerWitness.ruleId(marker);
        Optional<RuleDescription> rule = ZwLintPlugin.getDefault().catalog().find(ruleId);
        title.setText(rule.map(r -> r.id() + " " + r.name() + " (" + r.severity().label() + ")").orElse(ruleId));
        message.setText(marker.getAttribute(IMarker.MESSAGE, ""));
        help.setText(rule.map(r -> r.summary() + "\n\n" + r.help()).orElse(""));

        steps.removeAll();
        List<WitnessStepRecord> path = MarkerWitness.steps(marker);
        for (int i = 0; i < path.size(); i++) {
            WitnessStepRecord step = path.get(i);
            TableItem item = new TableItem(steps, SWT.NONE);
            item.setText(new String[] {Integer.toString(i + 1), StepNavigator.shortName(step) + ":" + step.line(),
                    step.text()});
            item.setData(step);
        }

        trace.removeAll();
        Optional<VerdictRecord> verdict = MarkerWitness.verdict(marker);
        status.setText(verdict.map(v -> "Result: " + v.hexStatus() + " " + v.statusName())
                .orElse("No system service call was replayed for this finding."));
        for (String line : verdict.map(VerdictRecord::trace).orElse(List.of())) {
            TableItem item = new TableItem(trace, SWT.NONE);
            item.setText(ReplayLine.split(line));
        }
        // Only what changed size: the title, message and result lines (the tables keep theirs, and a
        // layout of every descendant was the longest part of a first show on the UI thread).
        root.layout(true);
        status.getParent().layout(true);
    }
}
