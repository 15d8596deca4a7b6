package org.zwlint.core.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.Token;
import org.zwlint.core.parse.antlr.CLexer;

/**
 * The type names a header's top-level typedefs declare (their declarators and the tags of the
 * structures they define), read from its preprocessed tokens without parsing them. Files can then
 * be parsed with the bundled model's names while the model itself is still being parsed, which
 * takes a cold parser most of a second. It knows the regular C the model is written in; a test
 * holds it equal to what the parser learns from the model.
 */
public final class TypedefScanner {
    private final List<? extends Token> tokens;
    private final Set<String> names = new HashSet<>();

    private TypedefScanner(List<? extends Token> tokens) {
        this.tokens = tokens;
    }

    public static Set<String> names(List<? extends Token> tokens) {
        TypedefScanner scanner = new TypedefScanner(tokens);
        scanner.scan();
        return Set.copyOf(scanner.names);
    }

    private void scan() {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int type = type(i);
            if (type == CLexer.LeftBrace || type == CLexer.LeftParen || type == CLexer.LeftBracket) {
                depth++;
            } else if (type == CLexer.RightBrace || type == CLexer.RightParen || type == CLexer.RightBracket) {
                depth = Math.max(0, depth - 1);
            } else if (type == CLexer.Typedef && depth == 0) {
                i = typedef(i + 1) - 1;
            }
        }
    }

    /** Reads one typedef from its specifiers on; returns the index of its closing ';' (or the end). */
    private int typedef(int start) {
        int i = start;
        boolean typeSeen = false;
        while (i < tokens.size()) {
            int type = type(i);
            if (type == CLexer.Struct || type == CLexer.Union || type == CLexer.Enum) {
                typeSeen = true;
                i = decorations(i + 1);
                if (type(i) == CLexer.Identifier) {
                    if (type != CLexer.Enum) {
                        names.add(text(i)); // MSVC code uses a structure's tag as a type name
                    }
                    i++;
                }
                if (type(i) == CLexer.LeftBrace) {
                    i = skipGroup(i);
                }
            } else if (type == CLexer.Declspec || type == CLexer.Attribute || isSal(i)) {
                i = skipGroupAfter(i + 1);
            } else if (type == CLexer.Identifier && !typeSeen) {
                typeSeen = true; // the one type name a declaration may hold
                i++;
            } else if (type != CLexer.Identifier && isWord(i)) {
                typeSeen |= type != CLexer.Const && type != CLexer.Volatile && type != CLexer.Restrict
                        && type != CLexer.PointerSize && type != CLexer.Unaligned && type != CLexer.CallingConvention;
                i++;
            } else {
                break;
            }
        }
        while (i < tokens.size() && type(i) != CLexer.Semi) { // the declarators, one per comma
            declaratorName(i);
            i = nextDeclarator(i);
        }
        return i;
    }

    /** Adds the name a declarator declares: past its pointers and qualifiers, into its parentheses. */
    private void declaratorName(int start) {
        int i = start;
        while (i < tokens.size()) {
            int type = type(i);
            if (type == CLexer.Identifier && !isSal(i)) {
                names.add(text(i));
                return;
            }
            if (type == CLexer.Declspec || type == CLexer.Attribute || type == CLexer.Identifier) {
                i = skipGroupAfter(i + 1);
            } else if (type == CLexer.Star || type == CLexer.Caret || type == CLexer.LeftParen || isWord(i)) {
                i++;
            } else {
                return; // an abstract declarator: it names nothing
            }
        }
    }

    /** The index after the declarator at {@code start}: past the next comma outside any group, or at the ';'. */
    private int nextDeclarator(int start) {
        int i = start;
        while (i < tokens.size()) {
            int type = type(i);
            if (type == CLexer.LeftParen || type == CLexer.LeftBracket || type == CLexer.LeftBrace) {
                i = skipGroup(i);
            } else if (type == CLexer.Comma) {
                return i + 1;
            } else if (type == CLexer.Semi) {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    private int decorations(int start) {
        int i = start;
        while (type(i) == CLexer.Declspec || type(i) == CLexer.Attribute || isSal(i)) {
            i = skipGroupAfter(i + 1);
        }
        return i;
    }

    /** Past a parenthesized group at {@code i}, if there is one. */
    private int skipGroupAfter(int i) {
        return type(i) == CLexer.LeftParen ? skipGroup(i) : i;
    }

    /** Past the group that opens at {@code open}, whatever its brackets. */
    private int skipGroup(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            int type = type(i);
            if (type == CLexer.LeftParen || type == CLexer.LeftBracket || type == CLexer.LeftBrace) {
                depth++;
            } else if (type == CLexer.RightParen || type == CLexer.RightBracket || type == CLexer.RightBrace) {
                if (--depth == 0) {
                    return i + 1;
                }
            }
        }
        return tokens.size();
    }

    private boolean isSal(int i) {
        return type(i) == CLexer.Identifier && CParserBase.isSalName(text(i)) && !names.contains(text(i));
    }

    /** A keyword (a word that is not an identifier): a type, qualifier or calling convention here. */
    private boolean isWord(int i) {
        String text = i < tokens.size() ? text(i) : "";
        return !text.isEmpty() && (Character.isLetter(text.charAt(0)) || text.charAt(0) == '_');
    }

    private int type(int i) {
        return i < tokens.size() ? tokens.get(i).getType() : Token.EOF;
    }

    private String text(int i) {
        return tokens.get(i).getText();
    }
}
