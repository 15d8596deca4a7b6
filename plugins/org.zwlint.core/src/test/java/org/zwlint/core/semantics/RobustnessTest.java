package org.zwlint.core.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.zwlint.core.ast.Binary;
import org.zwlint.core.ast.BinaryOperator;
import org.zwlint.core.ast.CompoundStatement;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.DeclarationStatement;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.ExpressionStatement;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.KeywordSpecifier;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.ast.ParameterList;
import org.zwlint.core.ast.Parenthesized;
import org.zwlint.core.ast.SimpleDeclaration;
import org.zwlint.core.ast.SkippedStatement;
import org.zwlint.core.ast.Span;
import org.zwlint.core.ast.Statement;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.parse.ParsedUnit;
import org.zwlint.core.source.TextRange;

/** Broken, unknown and absurdly deep code gives unknown answers, never an exception. */
class RobustnessTest {
    private static final Span SPAN = Span.of(new TextRange(Path.of("deep.c"), 0, 0, 1, 1, 1, 1));

    @Test
    void syntaxErrorsAndUnknownTypesGiveUnknownTypes() {
        ParsedUnit parsed = Semantics.parse("""
                NTSTATUS Broken(PMYSTERY_TYPE Thing, PIRP Irp)
                {
                    ULONG x = Thing->Field;
                    this is not C at all ) ;
                    PVOID b = Irp->NoSuchField;
                    UndeclaredRoutine(x)->y = 3;
                    return Irp->AssociatedIrp.SystemBuffer ? x : 0;
                }
                struct { int a; } }}} garbage;
                """);
        assertTrue(Semantics.nodes(SemanticModel.build(parsed.ast(), Semantics.MODEL), SkippedStatement.class).size()
                + parsed.diagnostics().size() > 0, "the snippet really is broken");
        SemanticModel model = SemanticModel.build(parsed.ast(), Semantics.MODEL);
        for (Expression e : Semantics.nodes(model, Expression.class)) {
            model.typeOf(e);
            model.constantValue(e);
        }
        for (Declarator d : Semantics.nodes(model, Declarator.class)) {
            if (d.declaredName().map(n -> n.name().equals("x")).orElse(false) && d.initializer().isPresent()) {
                assertInstanceOf(UnknownType.class, model.typeOf(d.initializer().get()));
            }
            if (d.declaredName().map(n -> n.name().equals("b")).orElse(false) && d.initializer().isPresent()) {
                assertInstanceOf(UnknownType.class, model.typeOf(d.initializer().get()));
            }
        }
        Symbol thing = model.parameters(Semantics.function(model, "Broken")).get(0);
        assertEquals("?PMYSTERY_TYPE", thing.type().display());
        assertEquals(OptionalLong.empty(), model.types().sizeOf(thing.type()));
    }

    @Test
    void emptyModelStillBindsTheUnit() {
        ParsedUnit parsed = Semantics.parse("int twice(int v) { int w = v * 2; return w; }\n");
        SemanticModel model = SemanticModel.build(parsed.ast(), WdkDeclarations.empty());
        Identifier w = Semantics.nodes(model, Identifier.class).stream().filter(i -> i.name().equals("w"))
                .filter(i -> model.symbol(i).isPresent()).findFirst().orElseThrow();
        assertEquals(SymbolKind.LOCAL, model.symbol(w).orElseThrow().kind());
        assertEquals(Scalar.INT, model.typeOf(w));
        assertTrue(model.function("ProbeForRead").isEmpty());
    }

    @Test
    void tenThousandDeepExpressionsAndBlocksDoNotOverflow() {
        int depth = 10_000;
        Expression sum = new Literal(SPAN, Literal.Kind.NUMBER, "1");
        for (int i = 1; i < depth; i++) {
            sum = new Binary(SPAN, BinaryOperator.ADD, sum, new Literal(SPAN, Literal.Kind.NUMBER, "1"));
        }
        Expression nested = new Identifier(SPAN, "v");
        for (int i = 0; i < depth; i++) {
            nested = new Parenthesized(SPAN, nested);
        }
        Statement block = new ExpressionStatement(SPAN, Optional.of(nested));
        for (int i = 0; i < depth; i++) {
            List<Statement> items = new ArrayList<>();
            if (i == depth / 2) {
                items.add(new DeclarationStatement(SPAN, declaration("v", Optional.empty())));
            }
            items.add(block);
            block = new CompoundStatement(SPAN, items);
        }
        SimpleDeclaration total = declaration("total", Optional.of(sum));
        FunctionDefinition function = new FunctionDefinition(SPAN, List.of(new KeywordSpecifier(SPAN, "int")),
                new Declarator(SPAN, List.of(), 0, Optional.of(new Identifier(SPAN, "deep")), Optional.empty(),
                        List.of(new ParameterList(SPAN, List.of(), false)), Optional.empty(), Optional.empty()),
                List.of(), new CompoundStatement(SPAN, List.of(block)));
        TranslationUnit unit = new TranslationUnit(SPAN, Path.of("deep.c"), List.of(total, function), List.of());

        SemanticModel model = SemanticModel.build(unit, Semantics.MODEL);
        assertEquals(OptionalLong.of(depth), model.constantValue(sum));
        assertEquals(Scalar.INT, model.typeOf(sum));
        assertEquals(Scalar.INT, model.typeOf(nested), "v declared half-way down is in scope at the bottom");
        assertFalse(model.parents().ancestors(nested).isEmpty());
    }

    @Test
    void theModelIsSharedSafelyByParallelUnits() {
        String code = """
                ULONG ShelfLength(PIRP Irp, PFLT_CALLBACK_DATA Data)
                {
                    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
                    PVOID in = Data->Iopb->Parameters.DeviceIoControl.Neither.InputBuffer;
                    return sp->Parameters.DeviceIoControl.InputBufferLength + (ULONG)sizeof(UNICODE_STRING);
                }
                """;
        ParsedUnit parsed = Semantics.parse(code);
        List<String> answers = java.util.stream.IntStream.range(0, 64).parallel().mapToObj(i -> {
            SemanticModel model = SemanticModel.build(parsed.ast(), Semantics.MODEL);
            StringBuilder out = new StringBuilder();
            for (Expression e : Semantics.nodes(model, Expression.class)) {
                out.append(model.typeOf(e).display()).append(model.constantValue(e)).append(';');
            }
            return out.toString();
        }).distinct().toList();
        assertEquals(1, answers.size());
        assertTrue(answers.get(0).contains("void *"), answers.get(0));
    }

    private static SimpleDeclaration declaration(String name, Optional<Expression> initializer) {
        return new SimpleDeclaration(SPAN, List.of(new KeywordSpecifier(SPAN, "int")), List.of(new Declarator(SPAN,
                List.of(), 0, Optional.of(new Identifier(SPAN, name)), Optional.empty(), List.of(), Optional.empty(),
                initializer)));
    }
}
