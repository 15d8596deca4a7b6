package org.zwlint.core.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The parse tree nodes of the C grammar ({@code contextSuperClass}). The generated accessors
 * ({@code ctx.declarator()}, {@code ctx.Identifier()}) search a node's children; ANTLR's own search
 * makes an iterator each time, and building the syntax tree asks every node this way: here the
 * children are searched by index, and kept in a list sized for the few most nodes have. ANTLR's
 * accessors return null for a missing child, so this class takes no part in the package's
 * non-null default.
 */
@NonNullByDefault({})
public class CParserContext extends ParserRuleContext {

    public CParserContext() {
    }

    public CParserContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    /**
     * Starts the child list small: most nodes of C's chain of expression rules have one child, and
     * ANTLR's default list holds ten.
     */
    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(t);
        return t;
    }

    @Override
    @SuppressWarnings("null") // ANTLR's contract: null when there is no such child
    public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
        if (children == null || i < 0 || i >= children.size()) {
            return null;
        }
        int seen = -1;
        for (int k = 0; k < children.size(); k++) {
            ParseTree child = children.get(k);
            if (ctxType.isInstance(child) && ++seen == i) {
                return ctxType.cast(child);
            }
        }
        return null;
    }

    @Override
    public TerminalNode getToken(int ttype, int i) {
        if (children == null || i < 0 || i >= children.size()) {
            return null;
        }
        int seen = -1;
        for (int k = 0; k < children.size(); k++) {
            if (children.get(k) instanceof TerminalNode terminal && terminal.getSymbol().getType() == ttype
                    && ++seen == i) {
                return terminal;
            }
        }
        return null;
    }

    @Override
    public List<TerminalNode> getTokens(int ttype) {
        if (children == null) {
            return List.of();
        }
        List<TerminalNode> tokens = new ArrayList<>(children.size());
        for (int k = 0; k < children.size(); k++) {
            if (children.get(k) instanceof TerminalNode terminal) {
                Token symbol = terminal.getSymbol();
                if (symbol.getType() == ttype) {
                    tokens.add(terminal);
                }
            }
        }
        return tokens;
    }

    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
        if (children == null) {
            return List.of();
        }
        List<T> contexts = new ArrayList<>(children.size());
        for (int k = 0; k < children.size(); k++) {
            ParseTree child = children.get(k);
            if (ctxType.isInstance(child)) {
                contexts.add(ctxType.cast(child));
            }
        }
        return contexts;
    }
}
