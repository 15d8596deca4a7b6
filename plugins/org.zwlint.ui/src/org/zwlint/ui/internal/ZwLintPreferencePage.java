package org.zwlint.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.zwlint.ui.ZwLintPlugin;

/** Window &gt; Preferences &gt; ZwLint: each rule off or at a level, preprocessor defines, include directories. */
public final class ZwLintPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public ZwLintPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ZwLintPlugin.ID));
        setDescription("ZwLint checks the .c and .h files of projects that have ZwLint enabled "
                + "(Project > Configure > Enable ZwLint). Changes here rebuild those projects.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing to set up: the store is created in the constructor
    }

    /**
     * Only boxes now, each sized for what a later turn of the event loop creates in it (the dialog
     * takes its size from the page as it is here): the rules table, then each other setting, one
     * per turn, so the UI thread is never held long.
     */
    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        Label rules = new Label(parent, SWT.NONE);
        rules.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        rules.setText("Rules (a project's .zwlint, where it has one, decides instead):");
        initializeDialogUnits(parent);
        Composite rulesBox = box(parent, 20);
        Composite definesBox = box(parent, 6);
        Composite includesBox = box(parent, 10);
        Composite wdkBox = box(parent, 3);
        List<Map.Entry<Composite, Supplier<FieldEditor>>> later = List.of(
                Map.entry(rulesBox, () -> new RuleLevelsFieldEditor(ZwLintPlugin.getDefault().catalog().all(), rulesBox)),
                Map.entry(definesBox, () -> new StringFieldEditor(ZwLintPreferences.DEFINES,
                        "Defines (NAME or NAME=VALUE, one per line):", StringFieldEditor.UNLIMITED, 4,
                        StringFieldEditor.VALIDATE_ON_KEY_STROKE, definesBox)),
                Map.entry(includesBox, () -> new IncludeDirsFieldEditor(ZwLintPreferences.INCLUDE_DIRS,
                        "Include directories (-I, one per line):", includesBox)),
                Map.entry(wdkBox, () -> new DirectoryFieldEditor(ZwLintPreferences.WDK_INCLUDE_DIR,
                        "WDK include directory (optional):", wdkBox)));
        inTurns(parent, later);
    }

    /** One column: the field editors come later, each in its own box (with none yet, the page would count none). */
    @Override
    protected void adjustGridLayout() {
        super.adjustGridLayout();
        ((org.eclipse.swt.layout.GridLayout) getFieldEditorParent().getLayout()).numColumns = 1;
    }

    /** An empty box, {@code lines} of text high, that a later turn fills with a field editor. */
    private Composite box(Composite parent, int lines) {
        Composite box = new Composite(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = convertHeightInCharsToPixels(lines);
        data.widthHint = convertWidthInCharsToPixels(90); // the rules table's width: the dialog's
        box.setLayoutData(data);
        return box;
    }

    /** Creates each field editor in its own turn, in its box, loaded from the store as the page's first ones were. */
    private void inTurns(Composite parent, List<Map.Entry<Composite, Supplier<FieldEditor>>> editors) {
        UiTurns.run(parent, editors.stream().map(entry -> (Runnable) () -> {
            FieldEditor editor = entry.getValue().get();
            addField(editor);
            editor.setPage(this);
            editor.setPropertyChangeListener(this);
            editor.setPreferenceStore(getPreferenceStore());
            editor.load();
            entry.getKey().layout(true);
        }).toList());
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        if (ok) {
            scheduleRebuild();
        }
        return ok;
    }

    /**
     * New settings mean new findings: rebuild every ZwLint project in the background, as a manual
     * build, so whoever waits for the workspace's builds waits for this one too.
     */
    private static void scheduleRebuild() {
        Job job = new Job("Rebuilding ZwLint projects") {
            @Override
            public boolean belongsTo(Object family) {
                return family == ResourcesPlugin.FAMILY_MANUAL_BUILD;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                        if (project.isOpen() && project.hasNature(ZwLintPlugin.NATURE_ID)) {
                            project.build(IncrementalProjectBuilder.FULL_BUILD, ZwLintPlugin.BUILDER_ID, null, monitor);
                        }
                    }
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
        job.schedule();
    }
}
