package org.zwlint.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.dialogs.PropertyPage;
import org.zwlint.core.Severity;
import org.zwlint.core.config.BuildSettings;
import org.zwlint.core.config.ImportedBuild;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ProjectFileDocument;
import org.zwlint.core.config.ProjectFileException;
import org.zwlint.core.config.ProjectFileParser;
import org.zwlint.core.config.StarterFile;
import org.zwlint.core.config.VcxprojImport;
import org.zwlint.core.model.Arch;
import org.zwlint.ui.ZwLintPlugin;

/**
 * Project &gt; Properties &gt; ZwLint: the project's settings, kept in the {@code .zwlint} at its
 * root, the file the CLI and the Maven plugin read. The page changes only the lines of the keys
 * it shows ({@link ProjectFileDocument}), so the file's comments and other keys stay as written.
 * Without project settings the workspace preferences apply. Saving the file is enough: the
 * builder sees the changed {@code .zwlint} and analyzes the whole project again.
 */
public final class ZwLintPropertyPage extends PropertyPage {
    /** The page's id in plugin.xml. */
    public static final String ID = "org.zwlint.ui.propertyPage";
    private static final String RULE_KEY = "rule[%s]";

    private @Nullable Button useProjectFile;
    private @Nullable Button importButton;
    private @Nullable RuleLevelTable rules;
    /** The settings file's text as the page read it (none: no file); the page's controls are filled from it. */
    private java.util.Optional<String> loadedText = java.util.Optional.empty();
    /** Whether the job filled the page in: until then there is nothing to apply. */
    private boolean loaded;
    private @Nullable Text defines;
    private @Nullable Text includeDirs;
    private @Nullable Text wdkInclude;
    private @Nullable Combo arch;
    private final List<Control> settingControls = new ArrayList<>();

    @Override
    protected Control createContents(Composite parent) {
        // Only widgets here, empty and disabled: reading the .zwlint and looking for a .vcxproj is a
        // job's work, and fills the page in when done (load()).
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));

        initializeDialogUnits(page);
        Composite useBox = box(page, 3);
        Composite fingerprintBox = box(page, 1);
        Button importing = new Button(page, SWT.PUSH);
        GridData importData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1);
        importData.exclude = true; // shown once the job found a .vcxproj
        importing.setLayoutData(importData);
        importing.setVisible(false);
        importButton = importing;

        // The sections are created one per turn of the event loop, each in a box sized for it now (the
        // dialog takes its size from the page as it is here), so the UI thread is never held long.
        Composite rulesBox = box(page, 18);
        Composite definesBox = box(page, 6);
        Composite includesBox = box(page, 6);
        Composite wdkBox = box(page, 5);
        setMessage("Reading " + ProjectFile.NAME + "...", INFORMATION);
        UiTurns.run(page, List.of(() -> useSection(useBox), () -> {
                    fingerprint(fingerprintBox);
                    fingerprintBox.layout(true);
                }, () -> rulesSection(rulesBox),
                () -> defines = multiLine(definesBox, "Defines (NAME or NAME=VALUE, one per line):"),
                () -> includeDirs = multiLine(includesBox, "Include directories (one per line, relative to the project):"),
                () -> wdkSection(wdkBox),
                () -> archSection(wdkBox),
                () -> load(page)));
        return page;
    }

    private void useSection(Composite box) {
        Button use = new Button(box, SWT.CHECK);
        use.setText("Use this project's settings file (" + ProjectFile.NAME + ")");
        use.setSelection(projectFile().exists()); // the workspace tree in memory: no file read
        use.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        use.addListener(SWT.Selection, e -> enableSettings(use.getSelection()));
        useProjectFile = use;
        Link workspace = new Link(box, SWT.WRAP);
        workspace.setText("Without it the <a>workspace settings</a> apply. The CLI and the Maven plugin read the "
                + "same file; comments in it are kept.");
        workspace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        workspace.addListener(SWT.Selection, e -> PreferencesUtil.createPreferenceDialogOn(getShell(),
                "org.zwlint.ui.preferences", new String[] {"org.zwlint.ui.preferences"}, null).open());
        box.layout(true);
    }

    /** An empty box in the page's two columns, {@code lines} of text high, that a later turn fills. */
    private Composite box(Composite page, int lines) {
        Composite box = new Composite(page, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        box.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        data.heightHint = convertHeightInCharsToPixels(lines);
        data.widthHint = convertWidthInCharsToPixels(90); // the rules table's width: the dialog's
        box.setLayoutData(data);
        return box;
    }

    private void rulesSection(Composite box) {
        label(box, "Rules:").setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        RuleLevelTable table = new RuleLevelTable(box, ZwLintPlugin.getDefault().catalog().all());
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table.setEnabled(false);
        rules = table;
        box.layout(true);
    }

    private void wdkSection(Composite box) {
        label(box, "WDK include directory:");
        Text wdk = new Text(box, SWT.BORDER | SWT.SINGLE);
        wdk.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        wdk.setEnabled(false);
        wdkInclude = wdk;
        settingControls.add(wdk);
        box.layout(true);
    }

    private void archSection(Composite box) {
        label(box, "Architecture:");
        Combo architecture = new Combo(box, SWT.READ_ONLY);
        architecture.setItems("Default (x64)", "x64", "x86");
        architecture.select(0);
        architecture.setEnabled(false);
        arch = architecture;
        settingControls.add(architecture);
        box.layout(true);
    }

    /** Reads the project's settings file and looks for a .vcxproj in a job, then fills the page in. */
    private void load(Composite page) {
        IProject project = project();
        IFile file = projectFile();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
                "ZwLint: reading the settings of " + project.getName(), monitor -> {
                    java.util.Optional<String> text = read(file);
                    ProjectFileDocument document = text.map(ProjectFileDocument::of).orElse(ProjectFileDocument.empty());
                    java.util.Optional<IFile> vcxproj = vcxproj(project);
                    page.getDisplay().asyncExec(() -> {
                        if (!page.isDisposed()) {
                            show(page, text, document, vcxproj);
                        }
                    });
                });
        job.setSystem(true);
        job.schedule();
    }

    private void show(Composite page, java.util.Optional<String> text, ProjectFileDocument document,
            java.util.Optional<IFile> vcxproj) {
        loadedText = text;
        Map<String, RuleLevelChoice> levels = new LinkedHashMap<>();
        for (String ruleId : table(rules).levels().keySet()) {
            List<String> values = document.values(String.format(RULE_KEY, ruleId));
            levels.put(ruleId, values.isEmpty() ? RuleLevelChoice.DEFAULT : RuleLevelChoice.of(values.get(0)));
        }
        table(rules).setAll(levels);
        text(defines).setText(String.join("\n", document.values("define")));
        text(includeDirs).setText(String.join("\n", document.values("include-dir")));
        text(wdkInclude).setText(document.values("wdk-include").stream().findFirst().orElse(""));
        String archValue = document.values("arch").stream().findFirst().orElse("");
        combo(arch).select(archValue.equalsIgnoreCase("x64") ? 1 : archValue.equalsIgnoreCase("x86") ? 2 : 0);
        Button use = button(useProjectFile);
        if (vcxproj.isPresent()) {
            Button importing = button(importButton);
            importing.setText("Import defines and include directories from " + vcxproj.get().getName());
            ((GridData) importing.getLayoutData()).exclude = false;
            importing.setVisible(true);
            importing.addListener(SWT.Selection, e -> importFrom(vcxproj.get(), use));
            page.layout(true, true);
        }
        loaded = true;
        setMessage(null);
        enableSettings(use.getSelection());
    }

    /**
     * The fingerprint of the settings the project's files are analyzed with, to compare with the one
     * at the end of CI's summary line; worked out in a job (it reads the project's files and settings).
     */
    private void fingerprint(Composite page) {
        Label shown = label(page, "Configuration fingerprint: working it out...");
        shown.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        IProject project = project();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
                "ZwLint: configuration fingerprint of " + project.getName(), monitor -> {
                    String text;
                    try {
                        text = ProjectFingerprint.of(project).map(digits -> "Configuration fingerprint: " + digits
                                + " (zwlint check prints the same at the end of its summary line when it analyzes "
                                + "these files with these settings)").orElse("Configuration fingerprint: no file to "
                                        + "analyze");
                    } catch (CoreException e) {
                        text = "Configuration fingerprint: unknown (" + e.getMessage() + ")";
                    }
                    String result = text;
                    shown.getDisplay().asyncExec(() -> {
                        if (!shown.isDisposed()) {
                            shown.setText(result);
                            shown.setData("fingerprint", result);
                            shown.getParent().layout(true);
                        }
                    });
                });
        job.setSystem(true);
        job.schedule();
    }

    /** The project's Visual Studio project file at its root, if it has one. */
    private static java.util.Optional<IFile> vcxproj(IProject project) {
        try {
            for (IResource member : project.members()) {
                if (member instanceof IFile file && file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".vcxproj")) {
                    return java.util.Optional.of(file);
                }
            }
        } catch (CoreException e) {
            // a closed project has no members: nothing to import
        }
        return java.util.Optional.empty();
    }

    /**
     * Fills defines and include directories from the .vcxproj, read in a job with the reader the CLI,
     * the Maven plugin and a .zwlint's vcxproj key use (the same settings); the user still presses Apply.
     */
    private void importFrom(IFile vcxproj, Button use) {
        IPath location = vcxproj.getLocation();
        if (location == null) {
            return;
        }
        Composite page = use.getParent();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
                "ZwLint: importing " + vcxproj.getName(), monitor -> {
                    ImportedBuild imported;
                    try {
                        imported = VcxprojImport.read(location.toPath(), java.util.Optional.empty());
                    } catch (ProjectFileException ex) {
                        String problem = String.valueOf(ex.getMessage());
                        page.getDisplay().asyncExec(() -> {
                            if (!page.isDisposed()) {
                                setErrorMessage(problem);
                            }
                        });
                        return;
                    }
                    page.getDisplay().asyncExec(() -> {
                        if (!page.isDisposed()) {
                            imported(imported, location, use);
                        }
                    });
                });
        job.setSystem(true);
        job.schedule();
    }

    private void imported(ImportedBuild imported, IPath location, Button use) {
        java.util.Optional<BuildSettings> all = imported.forAll();
        if (all.isEmpty()) {
            setErrorMessage("No configuration to import in " + location.lastSegment());
            return;
        }
        BuildSettings settings = all.get();
        Path folder = location.toPath().toAbsolutePath().getParent();
        List<String> includes = settings.includeDirs().stream().map(dir -> relative(folder, dir)).toList();
        merge(text(defines), settings.defines());
        merge(text(includeDirs), includes);
        settings.arch().ifPresent(a -> combo(arch).select(a == Arch.X86 ? 2 : 1));
        use.setSelection(true);
        enableSettings(true);
        long leftOut = imported.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).count();
        setMessage("Imported " + settings.defines().size() + " defines and " + includes.size()
                + " include directories of the project's first x64 configuration"
                + (leftOut == 0 ? "" : "; " + leftOut + " entries were left out (MSBuild properties only a "
                        + "build knows)"), INFORMATION);
    }

    /** A directory as the .zwlint writes it: relative to the project's folder, with '/'. */
    private static String relative(@Nullable Path folder, Path dir) {
        if (folder == null || !dir.isAbsolute() || !dir.getRoot().equals(folder.getRoot())) {
            return dir.toString().replace('\\', '/');
        }
        String relative = folder.relativize(dir.normalize()).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    private static void merge(Text text, List<String> values) {
        List<String> lines = new ArrayList<>(lines(text));
        values.stream().filter(v -> !lines.contains(v)).forEach(lines::add);
        text.setText(String.join("\n", lines));
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private Text multiLine(Composite box, String title) {
        label(box, title).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Text text = new Text(box, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        text.setEnabled(false);
        settingControls.add(text);
        box.layout(true);
        return text;
    }

    private void enableSettings(boolean enabled) {
        settingControls.forEach(c -> c.setEnabled(enabled && loaded));
        RuleLevelTable table = rules;
        if (table != null) {
            table.setEnabled(enabled && loaded);
        }
    }

    private IProject project() {
        IProject project = getElement().getAdapter(IProject.class);
        if (project == null) {
            throw new IllegalStateException("the ZwLint property page is for projects");
        }
        return project;
    }

    private IFile projectFile() {
        return project().getFile(ProjectFile.NAME);
    }

    @Override
    protected void performDefaults() {
        if (!loaded) {
            super.performDefaults();
            return;
        }
        table(rules).setAll(Map.of());
        text(defines).setText("");
        text(includeDirs).setText("");
        text(wdkInclude).setText("");
        combo(arch).select(0);
        super.performDefaults();
    }

    /**
     * Checks the page's settings on the text it read, then writes the file in a job: writing to the
     * workspace waits for a running build, which the UI thread must not. The job applies the same
     * keys to the file's text as it is then, so an edit made meanwhile by hand stays.
     */
    @Override
    public boolean performOk() {
        IFile file = projectFile();
        if (!loaded) {
            return true; // nothing shown yet, so nothing changed
        }
        if (!button(useProjectFile).getSelection()) {
            if (file.exists()) {
                write(file, "ZwLint: removing " + file.getFullPath(), () -> {
                    if (file.exists()) {
                        file.delete(true, true, null); // kept in local history
                    }
                });
            }
            return true;
        }
        ProjectFileEdit edit = edit();
        String before = loadedText.orElse(StarterFile.text());
        String text = edit.applyTo(before);
        try {
            IPath location = file.getLocation();
            new ProjectFileParser(edit.levels().keySet()).parse(location != null ? location.toPath()
                    : java.nio.file.Path.of(ProjectFile.NAME), text);
        } catch (ProjectFileException e) {
            setErrorMessage(e.key().isEmpty() ? e.getMessage() : "line " + e.line() + ", " + e.key() + ": "
                    + problemOf(e));
            return false;
        }
        if (file.exists() && text.equals(before)) {
            return true;
        }
        write(file, "ZwLint: writing " + file.getFullPath(), () -> {
            String now = read(file).orElse(StarterFile.text());
            String edited = edit.applyTo(now);
            if (file.exists() && edited.equals(now)) {
                return;
            }
            ByteArrayInputStream bytes = new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8));
            if (file.exists()) {
                file.setContents(bytes, IResource.KEEP_HISTORY, null);
            } else {
                file.create(bytes, true, null);
            }
        });
        return true;
    }

    /** A change of the settings file, in a workspace job holding the project's rule for it. */
    private static void write(IFile file, String name, ProjectFileChange change) {
        org.eclipse.core.resources.WorkspaceJob job = new org.eclipse.core.resources.WorkspaceJob(name) {
            @Override
            public org.eclipse.core.runtime.IStatus runInWorkspace(org.eclipse.core.runtime.IProgressMonitor monitor)
                    throws CoreException {
                change.run();
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }
        };
        job.setRule(file.getProject());
        job.setUser(false);
        job.schedule();
    }

    private static String problemOf(ProjectFileException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("': ");
        return at < 0 ? message : message.substring(at + 3);
    }

    /** The page's keys as its widgets show them. */
    private ProjectFileEdit edit() {
        int archIndex = combo(arch).getSelectionIndex();
        return new ProjectFileEdit(table(rules).levels(), lines(text(defines)), lines(text(includeDirs)),
                text(wdkInclude).getText().strip(), archIndex == 1 ? "x64" : archIndex == 2 ? "x86" : "");
    }

    private static List<String> lines(Text text) {
        return text.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static java.util.Optional<String> read(IFile file) {
        if (!file.exists()) {
            return java.util.Optional.empty();
        }
        try (InputStream in = file.getContents(true)) {
            return java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | CoreException e) {
            return java.util.Optional.empty();
        }
    }

    private static Text text(@Nullable Text text) {
        if (text == null) {
            throw new IllegalStateException("the page's controls are not created");
        }
        return text;
    }

    private static RuleLevelTable table(@Nullable RuleLevelTable table) {
        if (table == null) {
            throw new IllegalStateException("the page's controls are not created");
        }
        return table;
    }

    private static Combo combo(@Nullable Combo combo) {
        if (combo == null) {
            throw new IllegalStateException("the page's controls are not created");
        }
        return combo;
    }

    private static Button button(@Nullable Button button) {
        if (button == null) {
            throw new IllegalStateException("the page's controls are not created");
        }
        return button;
    }
}
