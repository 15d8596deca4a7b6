package org.zwlint.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.source.HeaderSelection;
import org.zwlint.core.source.ProjectGroups;
import org.zwlint.core.source.SourceCollector;

/** Groups a project's C files into {@link DriverGroup}s, as a CLI run over the project's folder would. */
final class DriverGroups {
    private DriverGroups() {
    }

    /**
     * The project's sources grouped as the CLI groups them, each with its governing settings; files
     * that a .zwlint leaves out go to {@code leftOut}, files under an unusable .zwlint nowhere.
     */
    static List<DriverGroup> of(IProject project, List<IFile> sources, ProjectSettings settings, List<IFile> leftOut) {
        Map<Path, IFile> byPath = new LinkedHashMap<>();
        Map<Path, ZwLintConfig> configs = new HashMap<>();
        for (IFile file : sources) {
            IPath location = file.getLocation();
            if (location == null) {
                continue;
            }
            FileSettings governing = settings.forFile(file);
            if (governing instanceof FileSettings.Usable usable && selected(project, file, usable)) {
                byPath.put(location.toPath(), file);
                configs.put(location.toPath(), usable.config());
            } else if (governing instanceof FileSettings.Usable) {
                leftOut.add(file);
            }
            // a file governed by an unusable .zwlint keeps its markers; the .zwlint's own marker says why
        }
        List<Path> paths = new ArrayList<>(byPath.keySet());
        paths.sort(null);
        Set<Path> units = new HashSet<>(HeaderSelection.select(paths, Set.of(), List.of()).files());
        ProjectGroups grouping = new ProjectGroups();
        Map<DriverGroup.Key, List<Path>> grouped = new LinkedHashMap<>();
        for (Path path : paths) {
            grouped.computeIfAbsent(new DriverGroup.Key(configs.get(path), grouping.projectRoot(path)),
                    k -> new ArrayList<>()).add(path);
        }
        List<DriverGroup> groups = new ArrayList<>();
        grouped.forEach((key, members) -> {
            List<IFile> analyzed = members.stream().filter(units::contains).map(byPath::get).toList();
            Map<Path, IFile> all = new LinkedHashMap<>();
            members.forEach(p -> all.put(p, byPath.get(p)));
            if (!analyzed.isEmpty()) {
                groups.add(new DriverGroup(key.config(), key.root(), analyzed, all));
            }
        });
        return groups;
    }

    /**
     * Whether the governing {@code .zwlint} leaves the file in, as the CLI decides: its source and
     * exclude globs, and build output folders only when it asks for them.
     */
    static boolean selected(IProject project, IFile file, FileSettings.Usable settings) {
        IPath location = file.getLocation();
        if (location == null) {
            return true;
        }
        Path path = location.toPath();
        if (!settings.selects(path)) {
            return false;
        }
        boolean analyzeBuildOutput = settings.projectFile().map(ProjectFile::analyzeBuildOutput).orElse(false);
        for (IResource folder = file.getParent(); folder != null && folder != project; folder = folder.getParent()) {
            if (!analyzeBuildOutput && SourceCollector.isBuildOutputFolder(Path.of(folder.getName()))) {
                return false;
            }
        }
        return true;
    }

}
