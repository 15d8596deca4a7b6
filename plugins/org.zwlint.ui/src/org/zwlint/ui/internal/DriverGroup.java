package org.zwlint.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.zwlint.core.config.ZwLintConfig;

/**
 * The files of one driver project that are analyzed together, as a CLI run over the folder
 * groups them ({@code ProjectGroups}: the folder of the nearest .vcxproj, WDK "sources" file or
 * .zwlint, else the file's own folder), with the settings they share.
 *
 * @param units the files analyzed as translation units: the .c files and the headers that no
 *        unit includes, as {@code HeaderSelection} chooses for the CLI
 * @param members every file whose markers the analysis renews: the units and the headers they include
 */
record DriverGroup(ZwLintConfig config, Path root, List<IFile> units, Map<Path, IFile> members) {
    DriverGroup {
        units = List.copyOf(units);
        members = Map.copyOf(members);
    }

    /** Identifies a group within one build: its root folder and its settings. */
    record Key(ZwLintConfig config, Path root) {
    }
}
