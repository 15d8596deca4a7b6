package org.zwlint.core.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the files of a run by the driver project they belong to, so that one driver's dispatch
 * routine in one file and its helpers in another are analyzed together, and two unrelated drivers
 * of one tree (each with its own DriverEntry) are not linked by name. A project is the nearest
 * folder, up to {@link #LEVELS_UP} above the file, that holds a project file (.vcxproj, a WDK
 * "sources" file, a .zwlint); without one, the file's own folder.
 */
public final class ProjectGroups {
    private static final int LEVELS_UP = 3;

    private final Map<Path, Optional<Path>> rootOfFolder = new HashMap<>();

    /** The groups, each a project's files in their input order; groups in order of their first file. */
    public List<List<Path>> group(List<Path> files) {
        Map<Path, List<Path>> groups = new LinkedHashMap<>();
        for (Path file : files) {
            groups.computeIfAbsent(projectRoot(file), k -> new ArrayList<>()).add(file);
        }
        return List.copyOf(groups.values());
    }

    /** The folder of the project a file belongs to: the project file's folder, or the file's own. */
    public Path projectRoot(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null ? file : rootAbove(folder).orElse(folder);
    }

    private Optional<Path> rootAbove(Path folder) {
        Path at = folder;
        for (int level = 0; level <= LEVELS_UP && at != null; level++) {
            Optional<Path> known = rootOfFolder.computeIfAbsent(at,
                    folderAt -> hasProjectFile(folderAt) ? Optional.of(folderAt) : Optional.empty());
            if (known.isPresent()) {
                return known;
            }
            at = at.getParent();
        }
        return Optional.empty();
    }

    private static boolean hasProjectFile(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith(".vcxproj") || lower.equals("sources") || name.equals(".zwlint")) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            return false; // an unreadable folder holds no project file we can use
        }
        return false;
    }
}
