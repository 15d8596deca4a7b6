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
import org.zwlint.core.rules.RuleDescription;
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
    private final Map<String, Combo> ruleLevels = new LinkedHashMap<>();
    private @Nullable Text defines;
    private @Nullable Text includeDirs;
    private @Nullable Text wdkInclude;
    private @Nullable Combo arch;
    private final List<Control> settingControls = new ArrayList<>();

    @Override
    protected Control createContents(Composite parent) {
        ProjectFileDocument document = read(projectFile()).map(ProjectFileDocument::of).orElse(ProjectFileDocument.empty());
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));

        Button use = new Button(page, SWT.CHECK);
        use.setText("Use this project's settings file (" + ProjectFile.NAME + ")");
        use.setSelection(projectFile().exists());
        use.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        useProjectFile = use;
        Link workspace = new Link(page, SWT.WRAP);
        workspace.setText("Without it the <a>workspace settings</a> apply. The CLI and the Maven plugin read the "
                + "same file; comments in it are kept.");
        workspace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        workspace.addListener(SWT.Selection, e -> PreferencesUtil.createPreferenceDialogOn(getShell(),
                "org.zwlint.ui.preferences", new String[] {"org.zwlint.ui.preferences"}, null).open());

        fingerprint(page);
        vcxproj().ifPresent(project -> importButton(page, use, project));

        label(page, "Rules:").setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (RuleDescription rule : ZwLintPlugin.getDefault().catalog().all()) {
            List<String> values = document.values(String.format(RULE_KEY, rule.id()));
            Combo level = RuleLevelCombo.create(page, rule,
                    values.isEmpty() ? RuleLevelChoice.DEFAULT : RuleLevelChoice.of(values.get(0)));
            ruleLevels.put(rule.id(), level);
            settingControls.add(level);
        }
        defines = multiLine(page, "Defines (NAME or NAME=VALUE, one per line):", document.values("define"));
        includeDirs = multiLine(page, "Include directories (one per line, relative to the project):",
                document.values("include-dir"));
        label(page, "WDK include directory:");
        Text wdk = new Text(page, SWT.BORDER | SWT.SINGLE);
        wdk.setText(document.values("wdk-include").stream().findFirst().orElse(""));
        wdk.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        wdkInclude = wdk;
        settingControls.add(wdk);
        label(page, "Architecture:");
        Combo architecture = new Combo(page, SWT.READ_ONLY);
        architecture.setItems("Default (x64)", "x64", "x86");
        String archValue = document.values("arch").stream().findFirst().orElse("");
        architecture.select(archValue.equalsIgnoreCase("x64") ? 1 : archValue.equalsIgnoreCase("x86") ? 2 : 0);
        arch = architecture;
        settingControls.add(architecture);

        use.addListener(SWT.Selection, e -> enableSettings(use.getSelection()));
        enableSettings(use.getSelection());
        return page;
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
    private java.util.Optional<IFile> vcxproj() {
        try {
            for (IResource member : project().members()) {
                if (member instanceof IFile file && file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".vcxproj")) {
                    return java.util.Optional.of(file);
                }
            }
        } catch (CoreException e) {
            // a closed project has no members: nothing to import
        }
        return java.util.Optional.empty();
    }

    /** Fills defines and include directories from the .vcxproj; the user still presses Apply. */
    private void importButton(Composite page, Button use, IFile vcxproj) {
        Button importing = new Button(page, SWT.PUSH);
        importing.setText("Import defines and include directories from " + vcxproj.getName());
        importing.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        importing.addListener(SWT.Selection, e -> {
            IPath location = vcxproj.getLocation();
            if (location == null) {
                return;
            }
            try {
                // The reader the CLI, the Maven plugin and a .zwlint's vcxproj key use: the same settings.
                ImportedBuild imported = VcxprojImport.read(location.toPath(), java.util.Optional.empty());
                BuildSettings settings = imported.forAll().orElseThrow();
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
            } catch (ProjectFileException | java.util.NoSuchElementException ex) {
                setErrorMessage(ex.getMessage());
            }
        });
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

    private Text multiLine(Composite page, String title, List<String> values) {
        label(page, title).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Text text = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        text.setText(String.join("\n", values));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        data.heightHint = 3 * text.getLineHeight();
        text.setLayoutData(data);
        settingControls.add(text);
        return text;
    }

    private void enableSettings(boolean enabled) {
        settingControls.forEach(c -> c.setEnabled(enabled));
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
        ruleLevels.values().forEach(c -> c.select(0));
        text(defines).setText("");
        text(includeDirs).setText("");
        text(wdkInclude).setText("");
        combo(arch).select(0);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IFile file = projectFile();
        try {
            if (!button(useProjectFile).getSelection()) {
                if (file.exists()) {
                    file.delete(true, true, null); // kept in local history
                }
                return true;
            }
            String before = read(file).orElse(StarterFile.text());
            String text = edited(ProjectFileDocument.of(before)).text();
            if (before.contains("\r\n")) {
                text = text.replace("\n", "\r\n"); // the file keeps its line ends
            }
            IPath location = file.getLocation();
            new ProjectFileParser(ruleLevels.keySet()).parse(location != null ? location.toPath()
                    : java.nio.file.Path.of(ProjectFile.NAME), text);
            if (file.exists() && text.equals(before)) {
                return true;
            }
            ByteArrayInputStream bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            if (file.exists()) {
                file.setContents(bytes, IResource.KEEP_HISTORY, null);
            } else {
                file.create(bytes, true, null);
            }
            return true;
        } catch (ProjectFileException e) {
            setErrorMessage(e.key().isEmpty() ? e.getMessage() : "line " + e.line() + ", " + e.key() + ": "
                    + problemOf(e));
            return false;
        } catch (CoreException e) {
            setErrorMessage("Cannot write " + file.getFullPath() + ": " + e.getStatus().getMessage());
            return false;
        }
    }

    private static String problemOf(ProjectFileException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("': ");
        return at < 0 ? message : message.substring(at + 3);
    }

    /** The document with the page's keys set; everything else in it as it was. */
    private ProjectFileDocument edited(ProjectFileDocument document) {
        ProjectFileDocument result = document;
        for (Map.Entry<String, Combo> rule : ruleLevels.entrySet()) {
            RuleLevelChoice choice = RuleLevelChoice.values()[Math.max(0, rule.getValue().getSelectionIndex())];
            result = result.with(String.format(RULE_KEY, rule.getKey()),
                    choice.setting().map(s -> List.of(s.label())).orElse(List.of()));
        }
        result = result.with("define", lines(text(defines)));
        result = result.with("include-dir", lines(text(includeDirs)));
        String wdk = text(wdkInclude).getText().strip();
        result = result.with("wdk-include", wdk.isEmpty() ? List.of() : List.of(wdk));
        int archIndex = combo(arch).getSelectionIndex();
        result = result.with("arch", archIndex == 1 ? List.of("x64") : archIndex == 2 ? List.of("x86") : List.of());
        return result;
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
