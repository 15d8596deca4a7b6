package org.zwlint.core.parse;

import java.util.Optional;

import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.PragmaDirective;
import org.zwlint.core.ast.TypedefName;

/** The round-trip tests' notion of a node's own spelling: leaf nodes only; composites have none. */
final class NodeSpelling {
    private NodeSpelling() {
    }

    static Optional<String> of(Node node) {
        return switch (node) {
            case Identifier id -> Optional.of(id.name());
            case Literal literal -> Optional.of(literal.text());
            case KeywordSpecifier keyword -> Optional.of(keyword.keyword());
            case TypedefName name -> Optional.of(name.name());
            case PragmaDirective pragma -> Optional.of(pragma.text());
            default -> Optional.empty();
        };
    }
}
