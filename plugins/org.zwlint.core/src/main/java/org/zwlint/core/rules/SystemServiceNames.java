package org.zwlint.core.rules;

import java.util.Optional;

import org.zwlint.core.ast.Node;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.model.SystemServices;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.semantics.Symbol;
import org.zwlint.core.source.SourceFile;

/**
 * Whether a name a driver calls is a system service of the kernel: it is in the kernel's list of Nt services (or
 * the reference model), and the project neither defines it nor declares it in its own code as its own function. A
 * project declaration with import linkage (NTSYSAPI, NTSYSCALLAPI, __declspec(dllimport)) is the service's prototype,
 * which drivers write for services the WDK headers leave out; any other project declaration is the project's own.
 */
final class SystemServiceNames {
    private SystemServiceNames() {
    }

    static boolean isService(String name, ServiceModel model, SemanticModel semantics, SourceFile file) {
        if (!name.startsWith("Nt") || !(SystemServices.bundled().isService(name)
                || model.find(name).filter(spec -> spec.ntName().equals(name)).isPresent())) {
            return false;
        }
        Optional<Symbol> symbol = semantics.function(name);
        if (symbol.isEmpty() || symbol.get().fromModel()) {
            return true;
        }
        if (symbol.get().definition().isPresent()) {
            return false;
        }
        for (Node declaration : symbol.get().declarations()) {
            if (importLinkage(declaration, file)) {
                return true;
            }
        }
        return false;
    }

    /** A declaration spelled with import linkage: the macros or the attribute they expand to. */
    private static boolean importLinkage(Node declaration, SourceFile file) {
        String text;
        try {
            text = declaration.range().file().equals(file.path()) ? file.text()
                    : java.nio.file.Files.readString(declaration.range().file());
        } catch (java.io.IOException | RuntimeException e) {
            return true; // a header we cannot read again: trust the service list
        }
        // The declaring node may be the declarator alone: read from the start of its line (and the line before,
        // where NTSYSAPI often stands alone).
        int lineStart = text.lastIndexOf('\n', Math.max(0, declaration.range().startOffset() - 1));
        int previousLine = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
        int start = Math.max(0, Math.min(previousLine, declaration.range().startOffset()));
        int end = Math.min(text.length(), declaration.range().endOffset());
        if (start >= end) {
            return true;
        }
        String spelled = text.substring(start, end);
        return spelled.contains("NTSYSAPI") || spelled.contains("NTSYSCALLAPI") || spelled.contains("dllimport")
                || spelled.contains("NTKERNELAPI");
    }
}
