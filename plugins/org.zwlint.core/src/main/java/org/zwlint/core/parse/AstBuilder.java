package org.zwlint.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.eclipse.jdt.annotation.Nullable;
import org.zwlint.core.ast.Annotation;
import org.zwlint.core.ast.ArraySuffix;
import org.zwlint.core.ast.AsmBlock;
import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.AssignmentOperator;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.Comma;
import org.zwlint.core.ast.BreakStatement;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.CaseStatement;
import org.zwlint.core.ast.Cast;
import org.zwlint.core.ast.CompoundLiteral;
import org.zwlint.core.ast.CompoundStatement;
import org.zwlint.core.ast.Conditional;
import org.zwlint.core.ast.ContinueStatement;
import org.zwlint.core.ast.Declaration;
import org.zwlint.core.ast.DeclarationStatement;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.DeclaratorSuffix;
import org.zwlint.core.ast.DefaultStatement;
import org.zwlint.core.ast.DesignatedInitializer;
import org.zwlint.core.ast.Designator;
import org.zwlint.core.ast.DoStatement;
import org.zwlint.core.ast.EmptyDeclaration;
import org.zwlint.core.ast.EnumSpecifier;
import org.zwlint.core.ast.Enumerator;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.ExpressionStatement;
import org.zwlint.core.ast.ForStatement;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.GenericAssociation;
import org.zwlint.core.ast.GenericSelection;
import org.zwlint.core.ast.GotoStatement;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.IfStatement;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.InitializerList;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.LabelStatement;
import org.zwlint.core.ast.LeaveStatement;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.MacroInvocation;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Parameter;
import org.zwlint.core.ast.ParameterList;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.PragmaDirective;
import org.zwlint.core.ast.ReturnStatement;
import org.zwlint.core.ast.SimpleDeclaration;
import org.zwlint.core.ast.SizeofType;
import org.zwlint.core.ast.Specifier;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.ast.StatementExpression;
import org.zwlint.core.ast.StaticAssertion;
import org.zwlint.core.ast.StringSequence;
import org.zwlint.core.ast.StructSpecifier;
import org.zwlint.core.ast.SwitchStatement;
import org.zwlint.core.ast.TryStatement;
import org.zwlint.core.ast.TypeName;
import org.zwlint.core.ast.TypeofSpecifier;
import org.zwlint.core.ast.TypedefName;
import org.zwlint.core.ast.Unary;
import org.zwlint.core.ast.UnaryOperator;
import org.zwlint.core.ast.WhileStatement;
import org.zwlint.core.parse.antlr.CParser;
import org.zwlint.core.preprocess.PpToken;
import org.zwlint.core.parse.antlr.CParser.*;

/** Builds ZwLint's own AST from one ANTLR parse tree of a top-level declaration. */
final class AstBuilder {
    private AstBuilder() {
    }

    // ------------------------------------------------------------ declarations

    static Declaration externalDeclaration(ExternalDeclarationContext ctx) {
        if (ctx.functionDefinition() != null) {
            return functionDefinition(ctx.functionDefinition());
        }
        if (ctx.declaration() != null) {
            return declaration(ctx.declaration());
        }
        if (ctx.pragma() != null) {
            return pragma(ctx.pragma());
        }
        if (ctx.msPragma() != null) {
            return msPragma(ctx.msPragma());
        }
        if (ctx.asmStatement() != null) {
            return asm(ctx.asmStatement());
        }
        if (ctx.macroInvocation() != null) {
            MacroInvocationContext m = ctx.macroInvocation();
            return new MacroInvocation(span(m), identifier(m.Identifier()),
                    Spans.text(m.LeftParen().getSymbol(), m.RightParen().getSymbol()));
        }
        return new EmptyDeclaration(span(ctx));
    }

    static FunctionDefinition functionDefinition(FunctionDefinitionContext ctx) {
        List<Specifier> specifiers = ctx.declarationSpecifiers() == null ? List.of()
                : specifiers(ctx.declarationSpecifiers());
        List<Annotation> trailing = new ArrayList<>();
        for (GnuAttributeContext a : ctx.gnuAttribute()) {
            trailing.add(gnuAttribute(a));
        }
        return new FunctionDefinition(span(ctx), specifiers, declarator(ctx.declarator(), null), trailing,
                compound(ctx.compoundStatement()));
    }

    static Declaration declaration(DeclarationContext ctx) {
        if (ctx.staticAssertDeclaration() != null) {
            return staticAssert(ctx.staticAssertDeclaration());
        }
        List<Declarator> declarators = new ArrayList<>();
        if (ctx.initDeclaratorList() != null) {
            for (InitDeclaratorContext d : ctx.initDeclaratorList().initDeclarator()) {
                Declarator declarator = declarator(d.declarator(), d.initializer());
                if (!d.gnuAttribute().isEmpty()) {
                    List<Specifier> qualifiers = new ArrayList<>(declarator.qualifiers());
                    for (GnuAttributeContext a : d.gnuAttribute()) {
                        qualifiers.add(gnuAttribute(a));
                    }
                    declarator = new Declarator(declarator.span(), qualifiers, declarator.pointerDepth(),
                            declarator.name(), declarator.nested(), declarator.suffixes(), declarator.bitWidth(),
                            declarator.initializer());
                }
                declarators.add(declarator);
            }
        }
        return new SimpleDeclaration(span(ctx), specifiers(ctx.declarationSpecifiers()), declarators);
    }

    private static StaticAssertion staticAssert(StaticAssertDeclarationContext ctx) {
        Optional<Expression> message = ctx.stringSequence() == null ? Optional.empty()
                : Optional.of(strings(ctx.stringSequence()));
        return new StaticAssertion(span(ctx), expression(ctx.assignmentExpression()), message);
    }

    private static PragmaDirective pragma(PragmaContext ctx) {
        return new PragmaDirective(span(ctx), ctx.PragmaDirective().getText(), false);
    }

    private static PragmaDirective msPragma(MsPragmaContext ctx) {
        return new PragmaDirective(span(ctx), Spans.text(ctx.start, ctx.stop), true);
    }

    private static AsmBlock asm(AsmStatementContext ctx) {
        return new AsmBlock(span(ctx), Spans.text(ctx.start, ctx.stop));
    }

    // ------------------------------------------------------------ specifiers

    static List<Specifier> specifiers(DeclarationSpecifiersContext ctx) {
        List<Specifier> out = new ArrayList<>();
        for (DeclarationSpecifierContext s : ctx.declarationSpecifier()) {
            out.add(specifier(s));
        }
        return out;
    }

    private static Specifier specifier(DeclarationSpecifierContext ctx) {
        if (ctx.keywordSpecifier() != null) {
            return new KeywordSpecifier(span(ctx), ctx.getText());
        }
        if (ctx.structOrUnionSpecifier() != null) {
            return struct(ctx.structOrUnionSpecifier());
        }
        if (ctx.enumSpecifier() != null) {
            return enumSpecifier(ctx.enumSpecifier());
        }
        if (ctx.decoration() != null) {
            return decoration(ctx.decoration());
        }
        if (ctx.typeofSpecifier() != null) {
            TypeofSpecifierContext t = ctx.typeofSpecifier();
            Node operand = t.typeName() != null ? typeName(t.typeName()) : expression(t.expression());
            return new TypeofSpecifier(span(ctx), t.Typeof().getText(), operand);
        }
        if (ctx.alignmentSpecifier() != null) {
            AlignmentSpecifierContext t = ctx.alignmentSpecifier();
            Node operand = t.typeName() != null ? typeName(t.typeName())
                    : expression(t.constantExpression().assignmentExpression());
            return new TypeofSpecifier(span(ctx), t.Alignas().getText(), operand);
        }
        if (ctx.atomicTypeSpecifier() != null) {
            AtomicTypeSpecifierContext t = ctx.atomicTypeSpecifier();
            return new TypeofSpecifier(span(ctx), t.Atomic().getText(), typeName(t.typeName()));
        }
        return new TypedefName(span(ctx), ctx.getText());
    }

    private static StructSpecifier struct(StructOrUnionSpecifierContext ctx) {
        Optional<List<Declaration>> members = Optional.empty();
        if (ctx.LeftBrace() != null) {
            List<Declaration> list = new ArrayList<>();
            for (StructMemberContext m : ctx.structMember()) {
                list.add(member(m));
            }
            members = Optional.of(list);
        }
        String kind = ctx.Struct() != null ? "struct" : "union";
        List<Annotation> decorations = new ArrayList<>();
        for (StructDecorationContext d : ctx.structDecoration()) {
            if (d.decoration() != null) {
                decorations.add(decoration(d.decoration()));
            } else {
                decorations.add(annotation(span(d), Annotation.Kind.MACRO, d.Identifier().getText(), d.LeftParen(),
                        d.RightParen()));
            }
        }
        return new StructSpecifier(span(ctx), kind, decorations, optionalIdentifier(ctx.Identifier()), members);
    }

    private static Declaration member(StructMemberContext ctx) {
        if (ctx.staticAssertDeclaration() != null) {
            return staticAssert(ctx.staticAssertDeclaration());
        }
        if (ctx.pragma() != null) {
            return pragma(ctx.pragma());
        }
        if (ctx.declarationSpecifiers() == null) {
            TerminalNode name = ctx.Identifier();
            if (name == null) {
                return new EmptyDeclaration(span(ctx));
            }
            if (ctx.LeftParen() != null) {
                return new MacroInvocation(span(ctx), identifier(name),
                        Spans.text(ctx.LeftParen().getSymbol(), ctx.RightParen().getSymbol()));
            }
            Token t = name.getSymbol();
            return new SimpleDeclaration(span(ctx), List.of(new TypedefName(Spans.of(t), t.getText())), List.of());
        }
        List<Declarator> declarators = new ArrayList<>();
        if (ctx.structDeclaratorList() != null) {
            for (StructDeclaratorContext d : ctx.structDeclaratorList().structDeclarator()) {
                Optional<Expression> width = d.constantExpression() == null ? Optional.empty()
                        : Optional.of(expression(d.constantExpression().assignmentExpression()));
                if (d.declarator() != null) {
                    Declarator plain = declarator(d.declarator(), null);
                    declarators.add(new Declarator(span(d), plain.qualifiers(), plain.pointerDepth(), plain.name(),
                            plain.nested(), plain.suffixes(), width, Optional.empty()));
                } else {
                    declarators.add(new Declarator(span(d), List.of(), 0, Optional.empty(), Optional.empty(),
                            List.of(), width, Optional.empty()));
                }
            }
        }
        return new SimpleDeclaration(span(ctx), specifiers(ctx.declarationSpecifiers()), declarators);
    }

    private static EnumSpecifier enumSpecifier(EnumSpecifierContext ctx) {
        Optional<List<Enumerator>> enumerators = Optional.empty();
        if (ctx.LeftBrace() != null) {
            List<Enumerator> list = new ArrayList<>();
            for (EnumeratorContext e : ctx.enumerator()) {
                Optional<Expression> value = e.constantExpression() == null ? Optional.empty()
                        : Optional.of(expression(e.constantExpression().assignmentExpression()));
                list.add(new Enumerator(span(e), identifier(e.Identifier()), value));
            }
            enumerators = Optional.of(list);
        }
        return new EnumSpecifier(span(ctx), decorations(ctx.decoration()), optionalIdentifier(ctx.Identifier()),
                enumerators);
    }

    private static List<Annotation> decorations(List<DecorationContext> list) {
        List<Annotation> out = new ArrayList<>();
        for (DecorationContext d : list) {
            out.add(decoration(d));
        }
        return out;
    }

    static Annotation decoration(DecorationContext ctx) {
        if (ctx.salAnnotation() != null) {
            SalAnnotationContext s = ctx.salAnnotation();
            return annotation(span(ctx), Annotation.Kind.SAL, s.Identifier().getText(), s.LeftParen(),
                    s.RightParen());
        }
        if (ctx.declspec() != null) {
            DeclspecContext d = ctx.declspec();
            return annotation(span(ctx), Annotation.Kind.DECLSPEC, d.Declspec().getText(), d.LeftParen(),
                    d.RightParen());
        }
        if (ctx.gnuAttribute() != null) {
            return gnuAttribute(ctx.gnuAttribute());
        }
        MsPragmaContext p = ctx.msPragma();
        return annotation(span(ctx), Annotation.Kind.PRAGMA, p.MsPragma().getText(), p.LeftParen(), p.RightParen());
    }

    private static Annotation gnuAttribute(GnuAttributeContext a) {
        return annotation(span(a), Annotation.Kind.ATTRIBUTE, a.Attribute().getText(), a.LeftParen(),
                a.RightParen());
    }

    private static Annotation annotation(org.zwlint.core.ast.Span span, Annotation.Kind kind, String name,
            @Nullable TerminalNode open, @Nullable TerminalNode close) {
        if (open == null || close == null) {
            return new Annotation(span, kind, name, Optional.empty());
        }
        String text = Spans.text(open.getSymbol(), close.getSymbol());
        return new Annotation(span, kind, name, Optional.of(text.substring(1, text.length() - 1)));
    }

    // ------------------------------------------------------------ declarators

    static Declarator declarator(DeclaratorContext ctx, @Nullable InitializerContext init) {
        List<Specifier> qualifiers = new ArrayList<>();
        int depth = 0;
        for (PointerContext p : ctx.pointer()) {
            depth++;
            for (PointerQualifierContext q : p.pointerQualifier()) {
                qualifiers.add(q.decoration() != null ? decoration(q.decoration())
                        : new KeywordSpecifier(span(q), q.getText()));
            }
        }
        DirectDeclaratorContext direct = ctx.directDeclarator();
        Optional<Identifier> name = Optional.empty();
        Optional<Declarator> nested = Optional.empty();
        if (direct.Identifier() != null) {
            name = Optional.of(identifier(direct.Identifier()));
        } else {
            for (DecoratorNameContext d : direct.decoratorName()) {
                qualifiers.add(decoratorName(d));
            }
            nested = Optional.of(declarator(direct.declarator(), null));
        }
        Optional<Expression> initializer = init == null ? Optional.empty() : Optional.of(initializer(init));
        org.zwlint.core.ast.Span span = init == null ? span(ctx) : Spans.of(ctx.start, init.stop);
        return new Declarator(span, qualifiers, depth, name, nested, suffixes(ctx.declaratorTail()),
                Optional.empty(), initializer);
    }

    private static Specifier decoratorName(DecoratorNameContext d) {
        if (d.decoration() != null) {
            return decoration(d.decoration());
        }
        return new KeywordSpecifier(span(d), d.getText());
    }

    private static List<DeclaratorSuffix> suffixes(List<DeclaratorTailContext> tails) {
        List<DeclaratorSuffix> out = new ArrayList<>();
        for (DeclaratorTailContext t : tails) {
            if (t.LeftBracket() != null) {
                ArrayBoundContext bound = t.arrayBound();
                Optional<Expression> size = bound == null || bound.assignmentExpression() == null ? Optional.empty()
                        : Optional.of(expression(bound.assignmentExpression()));
                out.add(new ArraySuffix(span(t), size));
            } else {
                out.add(parameters(t));
            }
        }
        return out;
    }

    private static ParameterList parameters(DeclaratorTailContext t) {
        List<Parameter> parameters = new ArrayList<>();
        boolean variadic = false;
        ParameterTypeListContext list = t.parameterTypeList();
        if (list != null) {
            for (ParameterDeclarationContext p : list.parameterDeclaration()) {
                Optional<Declarator> declarator = Optional.empty();
                if (p.declarator() != null) {
                    declarator = Optional.of(declarator(p.declarator(), null));
                } else if (p.abstractDeclarator() != null) {
                    declarator = Optional.of(abstractDeclarator(p.abstractDeclarator()));
                }
                parameters.add(new Parameter(span(p), specifiers(p.declarationSpecifiers()), declarator));
            }
            variadic = list.Ellipsis() != null;
        }
        return new ParameterList(span(t), parameters, variadic);
    }

    private static Declarator abstractDeclarator(AbstractDeclaratorContext ctx) {
        List<Specifier> qualifiers = new ArrayList<>();
        int depth = 0;
        for (PointerContext p : ctx.pointer()) {
            depth++;
            for (PointerQualifierContext q : p.pointerQualifier()) {
                qualifiers.add(q.decoration() != null ? decoration(q.decoration())
                        : new KeywordSpecifier(span(q), q.getText()));
            }
        }
        Optional<Declarator> nested = Optional.empty();
        List<DeclaratorSuffix> suffixes = List.of();
        DirectAbstractDeclaratorContext direct = ctx.directAbstractDeclarator();
        if (direct != null) {
            for (DecoratorNameContext d : direct.decoratorName()) {
                qualifiers.add(decoratorName(d));
            }
            if (direct.abstractDeclarator() != null) {
                nested = Optional.of(abstractDeclarator(direct.abstractDeclarator()));
            }
            suffixes = suffixes(direct.declaratorTail());
        }
        return new Declarator(span(ctx), qualifiers, depth, Optional.empty(), nested, suffixes, Optional.empty(),
                Optional.empty());
    }

    static TypeName typeName(TypeNameContext ctx) {
        Optional<Declarator> declarator = ctx.abstractDeclarator() == null ? Optional.empty()
                : Optional.of(abstractDeclarator(ctx.abstractDeclarator()));
        return new TypeName(span(ctx), specifiers(ctx.declarationSpecifiers()), declarator);
    }

    private static Expression initializer(InitializerContext ctx) {
        if (ctx.assignmentExpression() != null) {
            return expression(ctx.assignmentExpression());
        }
        return new InitializerList(span(ctx), initializerItems(ctx.initializerItem()));
    }

    private static List<Expression> initializerItems(List<InitializerItemContext> items) {
        List<Expression> out = new ArrayList<>();
        for (InitializerItemContext item : items) {
            Expression value = initializer(item.initializer());
            if (item.designator().isEmpty()) {
                out.add(value);
            } else {
                List<Designator> designators = new ArrayList<>();
                for (DesignatorContext d : item.designator()) {
                    if (d.Identifier() != null) {
                        designators.add(new Designator(span(d), Optional.of(identifier(d.Identifier())),
                                Optional.empty(), Optional.empty()));
                    } else {
                        List<ConstantExpressionContext> bounds = d.constantExpression();
                        Optional<Expression> high = bounds.size() > 1
                                ? Optional.of(expression(bounds.get(1).assignmentExpression()))
                                : Optional.empty();
                        designators.add(new Designator(span(d), Optional.empty(),
                                Optional.of(expression(bounds.get(0).assignmentExpression())), high));
                    }
                }
                out.add(new DesignatedInitializer(span(item), designators, value));
            }
        }
        return out;
    }

    // ------------------------------------------------------------ statements

    static CompoundStatement compound(CompoundStatementContext ctx) {
        List<Statement> items = new ArrayList<>();
        for (BlockItemContext item : ctx.blockItem()) {
            items.add(blockItem(item));
        }
        return new CompoundStatement(span(ctx), items);
    }

    static Statement blockItem(BlockItemContext item) {
        return item.declaration() != null ? blockDeclaration(item.declaration()) : statement(item.statement());
    }

    /** A function whose body the driver assembled item by item after a syntax error. */
    static FunctionDefinition recoveredFunction(FunctionHeadContext head, CompoundStatement body, Token last) {
        List<Specifier> specifiers = head.declarationSpecifiers() == null ? List.of()
                : specifiers(head.declarationSpecifiers());
        List<Annotation> trailing = new ArrayList<>();
        for (GnuAttributeContext a : head.gnuAttribute()) {
            trailing.add(gnuAttribute(a));
        }
        return new FunctionDefinition(Spans.of(head.start, last), specifiers, declarator(head.declarator(), null),
                trailing, body);
    }

    private static Statement blockDeclaration(DeclarationContext ctx) {
        Declaration d = declaration(ctx);
        if (d instanceof SimpleDeclaration simple) {
            return new DeclarationStatement(span(ctx), simple);
        }
        return (StaticAssertion) d;
    }

    static Statement statement(StatementContext ctx) {
        return switch (ctx) {
            case LabelStatementContext c -> new LabelStatement(span(c), identifier(c.Identifier()));
            case CaseStatementContext c -> new CaseStatement(span(c),
                    expression(c.constantExpression(0).assignmentExpression()),
                    c.constantExpression().size() > 1
                            ? Optional.of(expression(c.constantExpression(1).assignmentExpression()))
                            : Optional.empty());
            case DefaultStatementContext c -> new DefaultStatement(span(c));
            case BlockStatementContext c -> compound(c.compoundStatement());
            case ExpressionStatementContext c -> new ExpressionStatement(span(c), optionalExpression(c.expression()));
            case IfStatementContext c -> new IfStatement(span(c), expression(c.expression()),
                    statement(c.statement(0)),
                    c.statement().size() > 1 ? Optional.of(statement(c.statement(1))) : Optional.empty());
            case SwitchStatementContext c -> new SwitchStatement(span(c), expression(c.expression()),
                    statement(c.statement()));
            case WhileStatementContext c -> new WhileStatement(span(c), expression(c.expression()),
                    statement(c.statement()));
            case DoStatementContext c -> new DoStatement(span(c), statement(c.statement()),
                    expression(c.expression()));
            case ForStatementContext c -> forStatement(c);
            case GotoStatementContext c -> new GotoStatement(span(c), identifier(c.Identifier()));
            case ContinueStatementContext c -> new ContinueStatement(span(c));
            case BreakStatementContext c -> new BreakStatement(span(c));
            case ReturnStatementContext c -> new ReturnStatement(span(c), optionalExpression(c.expression()));
            case TryStatementContext c -> new TryStatement(span(c), compound(c.compoundStatement(0)),
                    optionalExpression(c.expression()), compound(c.compoundStatement(1)), c.sehFinally() != null);
            case LeaveStatementContext c -> new LeaveStatement(span(c));
            case AsmBlockStatementContext c -> asm(c.asmStatement());
            case PragmaStatementContext c -> pragma(c.pragma());
            case MsPragmaStatementContext c -> msPragma(c.msPragma());
            case StaticAssertStatementContext c -> staticAssert(c.staticAssertDeclaration());
            default -> throw new IllegalStateException("unknown statement " + ctx.getClass().getSimpleName());
        };
    }

    private static ForStatement forStatement(ForStatementContext c) {
        ForInitContext init = c.forInit();
        Optional<Node> first;
        if (init.declaration() != null) {
            first = Optional.of(declaration(init.declaration()));
        } else {
            first = init.expression() == null ? Optional.empty() : Optional.of(expression(init.expression()));
        }
        // the grammar's two optional expressions after forInit: tell them apart by the ';' between them
        Optional<Expression> condition = Optional.empty();
        Optional<Expression> step = Optional.empty();
        boolean afterSemi = false;
        for (ParseTree child : c.children) {
            if (child instanceof TerminalNode t && t.getSymbol().getType() == CParser.Semi) {
                afterSemi = true;
            } else if (child instanceof ExpressionContext e) {
                if (afterSemi) {
                    step = Optional.of(expression(e));
                } else {
                    condition = Optional.of(expression(e));
                }
            }
        }
        return new ForStatement(span(c), first, condition, step, statement(c.statement()));
    }

    // ------------------------------------------------------------ expressions

    private static Optional<Expression> optionalExpression(@Nullable ExpressionContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(expression(ctx));
    }

    static Expression expression(ExpressionContext ctx) {
        List<AssignmentExpressionContext> parts = ctx.assignmentExpression();
        Expression result = expression(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            Expression right = expression(parts.get(i));
            result = new Comma(Spans.of(ctx.start, parts.get(i).stop), result, right);
        }
        return result;
    }

    static Expression expression(AssignmentExpressionContext ctx) {
        return switch (ctx) {
            case PrimaryContext c -> primary(c.primaryExpression());
            case IndexContext c -> new Index(span(c), expression(c.assignmentExpression()), expression(c.expression()));
            case CallContext c -> new Call(span(c), expression(c.assignmentExpression()), arguments(c.argumentList()));
            case MemberContext c -> new MemberAccess(span(c), expression(c.assignmentExpression()),
                    identifier(c.Identifier()), c.Arrow() != null);
            case PostfixContext c -> new Unary(span(c), UnaryOperator.of(c.op.getText(), true),
                    expression(c.assignmentExpression()));
            case PrefixContext c -> new Unary(span(c), UnaryOperator.of(c.op.getText(), false),
                    expression(c.assignmentExpression()));
            case SizeofTypeContext c -> new SizeofType(span(c), c.op.getText(), typeName(c.typeName()));
            case SizeofExpressionContext c -> new Unary(span(c), UnaryOperator.of(c.op.getText(), false),
                    expression(c.assignmentExpression()));
            case CastContext c -> new Cast(span(c), typeName(c.typeName()), expression(c.assignmentExpression()));
            case ParenthesizedContext c -> new Parenthesized(span(c), expression(c.expression()));
            case BinaryContext c -> binary(c);
            case ConditionalContext c -> new Conditional(span(c), expression(c.assignmentExpression(0)),
                    optionalExpression(c.expression()), expression(c.assignmentExpression(1)));
            default -> throw new IllegalStateException("unknown expression " + ctx.getClass().getSimpleName());
        };
    }

    /** The grammar's "binary" alternative holds the assignments too; they get nodes of their own. */
    private static Expression binary(BinaryContext c) {
        String spelling = c.op.getText();
        Expression left = expression(c.assignmentExpression(0));
        Expression right = expression(c.assignmentExpression(1));
        Optional<AssignmentOperator> assignment = AssignmentOperator.fromSpelling(spelling);
        if (assignment.isPresent()) {
            return new Assignment(span(c), assignment.get(), left, right);
        }
        BinaryOperator operator = BinaryOperator.fromSpelling(spelling)
                .orElseThrow(() -> new IllegalStateException("unknown binary operator " + spelling));
        return new Binary(span(c), operator, left, right);
    }

    private static List<Node> arguments(@Nullable ArgumentListContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        for (ArgumentContext a : ctx.argument()) {
            out.add(a.typeName() != null ? typeName(a.typeName()) : expression(a.assignmentExpression()));
        }
        return out;
    }

    private static Expression primary(PrimaryExpressionContext ctx) {
        return switch (ctx) {
            case IdentifierExpressionContext c -> identifier(c.Identifier());
            case ConstantExprContext c -> new Literal(span(c), Literal.Kind.NUMBER, c.getText());
            case CharExprContext c -> new Literal(span(c), Literal.Kind.CHARACTER, c.getText());
            case StringExprContext c -> strings(c.stringSequence());
            case CompoundLiteralContext c -> new CompoundLiteral(span(c), typeName(c.typeName()),
                    new InitializerList(Spans.of(c.LeftBrace().getSymbol(), c.RightBrace().getSymbol()),
                            initializerItems(c.initializerItem())));
            case StatementExpressionContext c -> new StatementExpression(span(c), compound(c.compoundStatement()));
            case GenericSelectionContext c -> generic(c);
            case ExtensionExpressionContext c -> primary(c.primaryExpression());
            default -> throw new IllegalStateException("unknown primary " + ctx.getClass().getSimpleName());
        };
    }

    private static Expression generic(GenericSelectionContext c) {
        List<GenericAssociation> associations = new ArrayList<>();
        for (GenericAssociationContext a : c.genericAssociation()) {
            Optional<TypeName> type = a.typeName() == null ? Optional.empty() : Optional.of(typeName(a.typeName()));
            associations.add(new GenericAssociation(span(a), type, expression(a.assignmentExpression())));
        }
        return new GenericSelection(span(c), expression(c.assignmentExpression()), associations);
    }

    private static Expression strings(StringSequenceContext ctx) {
        List<Expression> parts = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode t) {
                Token token = t.getSymbol();
                parts.add(token.getType() == CParser.StringLiteral
                        ? new Literal(Spans.of(token), Literal.Kind.STRING, token.getText())
                        : new Identifier(Spans.of(token), token.getText()));
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new StringSequence(span(ctx), parts);
    }

    // ------------------------------------------------------------ leaves

    private static Identifier identifier(TerminalNode node) {
        Token token = node.getSymbol();
        return new Identifier(Spans.of(token), token.getText());
    }

    private static Optional<Identifier> optionalIdentifier(@Nullable TerminalNode node) {
        return node == null ? Optional.empty() : Optional.of(identifier(node));
    }

    private static org.zwlint.core.ast.Span span(ParserRuleContext ctx) {
        Token stop = ctx.stop == null || ctx.getChildCount() == 0 ? ctx.start : ctx.stop;
        if (ctx.start instanceof PpToken first && stop instanceof PpToken last && first.origin() != last.origin()
                && first.expansionSite().isEmpty() && last.expansionSite().isEmpty()) {
            // a construct that runs from one file into another (a SAL line before an #include):
            // its range is its part in the file where it starts
            Token inFirstFile = lastIn(ctx, first.origin());
            if (inFirstFile != null) {
                return Spans.of(first, inFirstFile);
            }
        }
        return Spans.of(ctx.start, stop);
    }

    private static @Nullable Token lastIn(ParseTree tree, org.zwlint.core.source.SourceFile origin) {
        for (int i = tree.getChildCount() - 1; i >= 0; i--) {
            ParseTree child = tree.getChild(i);
            if (child instanceof TerminalNode t) {
                if (t.getSymbol() instanceof PpToken p && p.origin() == origin && p.expansionSite().isEmpty()) {
                    return p;
                }
            } else {
                Token found = lastIn(child, origin);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
