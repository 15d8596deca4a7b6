package org.zwlint.core.rules;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Expressions;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Literal;
import org.zwlint.core.semantics.SemanticModel;
import org.zwlint.core.semantics.Symbol;
import org.zwlint.core.semantics.SymbolKind;

/**
 * The function pointers of one function that are bound to a system service: {@code p = NtClose;} or
 * {@code p = MmGetSystemRoutineAddress(&name);} where the function spells the routine name as a string; its
 * locals, the unit's globals bound so in any of its functions, and the globals with external linkage another
 * file of the driver project binds so (by name: its extern declaration here is the same variable).
 */
final class ServicePointers {
    /** The quotes and the L, u, U or u8 prefix around a string literal's text. */
    private static final Pattern QUOTES = Pattern.compile("^[LuU8]*\"|\"$");

    private final Map<Symbol, String> bound = new IdentityHashMap<>();
    /** The project's other files' global pointers bound to a service, by name. */
    private Map<String, String> project = Map.of();

    private ServicePointers() {
    }

    static ServicePointers of(FunctionFacts function, RuleInput input, ServicePointers globals) {
        ServicePointers pointers = new ServicePointers();
        pointers.bound.putAll(globals.bound);
        pointers.project = input.projectServicePointers();
        pointers.bindIn(function.function(), input, false);
        return pointers;
    }

    /**
     * The globals of the unit bound to a service in any of its functions: a pointer resolved in DriverEntry
     * ({@code g_Query = MmGetSystemRoutineAddress(&name)} with name "NtQuerySystemInformation") and called from
     * a dispatch routine.
     */
    static ServicePointers globals(RuleInput input) {
        ServicePointers pointers = new ServicePointers();
        for (org.zwlint.core.ast.Declaration declaration : input.ast().declarations()) {
            if (declaration instanceof org.zwlint.core.ast.FunctionDefinition function) {
                pointers.bindIn(function, input, true);
            }
        }
        return pointers;
    }

    private void bindIn(org.zwlint.core.ast.FunctionDefinition function, RuleInput input, boolean globalsOnly) {
        ServicePointers pointers = this;
        SemanticModel semantics = input.analysis().semantics();
        String[] routineString = new String[1];
        function.body().walk(node -> {
            if (node instanceof Literal literal && literal.kind() == Literal.Kind.STRING) {
                String text = QUOTES.matcher(literal.text()).replaceAll("");
                if (SystemServiceNames.isService(text, input.model(), semantics, input.file())) {
                    routineString[0] = text;
                }
            }
        });
        function.body().walk(node -> {
            if (node instanceof Assignment assignment && Expressions.stripped(assignment.target()) instanceof Identifier target) {
                Optional<Symbol> variable = semantics.symbol(target);
                if (!globalsOnly || variable.filter(v -> v.kind() == SymbolKind.GLOBAL).isPresent()) {
                    pointers.bind(semantics, variable, assignment.value(), routineString[0], input);
                }
            } else if (!globalsOnly && node instanceof Declarator declarator && declarator.initializer().isPresent()) {
                pointers.bind(semantics, semantics.declaredBy(declarator), declarator.initializer().get(),
                        routineString[0], input);
            }
        });
    }

    private void bind(SemanticModel semantics, Optional<Symbol> variable, Expression value,
            @org.eclipse.jdt.annotation.Nullable String routineString, RuleInput input) {
        if (variable.isEmpty() || variable.get().kind() == SymbolKind.FUNCTION) {
            return;
        }
        Expression at = Expressions.stripped(value);
        if (at instanceof Identifier id && SystemServiceNames.isService(id.name(), input.model(), semantics,
                input.file())) {
            bound.put(variable.get(), id.name());
        } else if (at instanceof Call call && call.calleeName().filter("MmGetSystemRoutineAddress"::equals).isPresent()
                && routineString != null) {
            bound.put(variable.get(), routineString);
        }
    }

    /**
     * Whether a call through {@code callee} could be through a bound pointer at all: only a variable is
     * ever bound, so a callee that names a function (or nothing known) needs no look at the function's body.
     */
    static boolean mayBind(Identifier callee, SemanticModel semantics) {
        return semantics.symbol(callee).filter(s -> s.kind() != SymbolKind.FUNCTION).isPresent();
    }

    Optional<String> serviceOf(Identifier callee, SemanticModel semantics) {
        Optional<Symbol> symbol = semantics.symbol(callee);
        Optional<String> here = symbol.map(bound::get);
        if (here.isPresent() || symbol.isEmpty() || !external(symbol.get())) {
            return here;
        }
        return Optional.ofNullable(project.get(symbol.get().name())); // bound in another file of the project
    }

    /** The bound globals other files can name: external linkage, so an extern declaration elsewhere is this one. */
    Map<String, String> exported() {
        Map<String, String> out = new java.util.TreeMap<>();
        bound.forEach((symbol, service) -> {
            if (external(symbol)) {
                out.putIfAbsent(symbol.name(), service);
            }
        });
        return out;
    }

    private static boolean external(Symbol symbol) {
        return symbol.kind() == SymbolKind.GLOBAL && !symbol.isStatic();
    }
}
