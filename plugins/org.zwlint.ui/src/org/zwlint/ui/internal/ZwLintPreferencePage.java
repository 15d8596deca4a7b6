package org.zwlint.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.PathEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.zwlint.core.rules.RuleDescription;
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

    @Override
    protected void createFieldEditors() {
        Label rules = new Label(getFieldEditorParent(), SWT.NONE);
        rules.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        rules.setText("Rules (a project's .zwlint, where it has one, decides instead):");
        for (RuleDescription rule : ZwLintPlugin.getDefault().catalog().all()) {
            addField(new RuleLevelFieldEditor(rule, getFieldEditorParent()));
        }
        StringFieldEditor defines = new StringFieldEditor(ZwLintPreferences.DEFINES,
                "Defines (NAME or NAME=VALUE, one per line):", StringFieldEditor.UNLIMITED, 4,
                StringFieldEditor.VALIDATE_ON_KEY_STROKE, getFieldEditorParent());
        addField(defines);
        addField(new PathEditor(ZwLintPreferences.INCLUDE_DIRS, "Include directories (-I):", "Choose an include directory",
                getFieldEditorParent()));
        addField(new DirectoryFieldEditor(ZwLintPreferences.WDK_INCLUDE_DIR, "WDK include directory (optional):",
                getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        if (ok) {
            scheduleRebuild();
        }
        return ok;
    }

    /** New settings mean new findings: rebuild every ZwLint project in the background. */
    private static void scheduleRebuild() {
        Job job = new Job("Rebuilding ZwLint projects") {
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
