package org.zwlint.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.ast.Annotation;
import org.zwlint.core.ast.Assignment;
import org.zwlint.core.ast.Call;
import org.zwlint.core.ast.Declarator;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.ast.Expressions;
import org.zwlint.core.ast.FunctionDefinition;
import org.zwlint.core.ast.Identifier;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.InitializerList;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.SimpleDeclaration;
import org.zwlint.core.ast.TranslationUnit;
import org.zwlint.core.ast.TypedefName;
import org.zwlint.core.ast.Unary;
import org.zwlint.core.ast.UnaryOperator;
import org.zwlint.core.semantics.SemanticModel;

/**
 * Finds the functions the system calls, from how the driver registers them (MajorFunction[...] =,
 * a KMDF queue configuration, FLT_OPERATION_REGISTRATION arrays, FAST_IO_DISPATCH, system threads,
 * work items, communication ports) and from role types and annotations on their declarations
 * (DRIVER_DISPATCH, _Dispatch_type_, EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL, ...).
 */
public final class EntryPointFinder {
    /** IRP major codes that only kernel components send. */
    private static final Map<Long, String> KERNEL_ONLY_MAJORS = Map.of(0x0fL, "IRP_MJ_INTERNAL_DEVICE_CONTROL",
            0x16L, "IRP_MJ_POWER", 0x17L, "IRP_MJ_SYSTEM_CONTROL", 0x1bL, "IRP_MJ_PNP");
    private static final Map<Long, String> MAJOR_NAMES = Map.ofEntries(Map.entry(0x00L, "IRP_MJ_CREATE"),
            Map.entry(0x02L, "IRP_MJ_CLOSE"), Map.entry(0x03L, "IRP_MJ_READ"), Map.entry(0x04L, "IRP_MJ_WRITE"),
            Map.entry(0x05L, "IRP_MJ_QUERY_INFORMATION"), Map.entry(0x06L, "IRP_MJ_SET_INFORMATION"),
            Map.entry(0x0cL, "IRP_MJ_DIRECTORY_CONTROL"),
            Map.entry(0x0dL, "IRP_MJ_FILE_SYSTEM_CONTROL"), Map.entry(0x0eL, "IRP_MJ_DEVICE_CONTROL"),
            Map.entry(0x12L, "IRP_MJ_CLEANUP"));

    /** Function types whose declaration says the role: DRIVER_DISPATCH MyDispatch; */
    private static final Map<String, EntryRole> ROLE_TYPES = Map.ofEntries(
            Map.entry("DRIVER_INITIALIZE", EntryRole.DRIVER_ENTRY), Map.entry("DRIVER_UNLOAD", EntryRole.DRIVER_UNLOAD),
            Map.entry("DRIVER_DISPATCH", EntryRole.DISPATCH), Map.entry("DRIVER_DISPATCH_PAGED", EntryRole.DISPATCH),
            Map.entry("DRIVER_DISPATCH_RAISED", EntryRole.DISPATCH),
            Map.entry("KSTART_ROUTINE", EntryRole.SYSTEM_THREAD),
            Map.entry("IO_WORKITEM_ROUTINE", EntryRole.WORK_ITEM),
            Map.entry("IO_WORKITEM_ROUTINE_EX", EntryRole.WORK_ITEM),
            Map.entry("WORKER_THREAD_ROUTINE", EntryRole.WORK_ITEM), Map.entry("KDEFERRED_ROUTINE", EntryRole.DPC),
            Map.entry("IO_COMPLETION_ROUTINE", EntryRole.DPC),
            Map.entry("EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL", EntryRole.KMDF_IO_CALLBACK),
            Map.entry("EVT_WDF_IO_QUEUE_IO_READ", EntryRole.KMDF_IO_CALLBACK),
            Map.entry("EVT_WDF_IO_QUEUE_IO_WRITE", EntryRole.KMDF_IO_CALLBACK),
            Map.entry("EVT_WDF_IO_QUEUE_IO_DEFAULT", EntryRole.KMDF_IO_CALLBACK),
            Map.entry("EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL", EntryRole.KERNEL_DISPATCH),
            Map.entry("EVT_WDF_IO_IN_CALLER_CONTEXT", EntryRole.KMDF_IN_CALLER_CONTEXT),
            Map.entry("EVT_WDF_DEVICE_FILE_CREATE", EntryRole.KMDF_FILE_CREATE),
            Map.entry("EVT_WDF_DRIVER_DEVICE_ADD", EntryRole.KERNEL_DISPATCH),
            Map.entry("FAST_IO_DEVICE_CONTROL", EntryRole.FAST_IO));

    private final SemanticModel semantics;
    private final List<EntryPoint> found = new ArrayList<>();

    private EntryPointFinder(SemanticModel semantics) {
        this.semantics = semantics;
    }

    /** Whether an entry point's detail is only the role type it was declared with (DRIVER_DISPATCH F;). */
    public static boolean isRoleType(String detail) {
        return ROLE_TYPES.containsKey(detail);
    }

    public static List<EntryPoint> find(TranslationUnit unit, SemanticModel semantics) {
        return find(UnitScan.of(unit), semantics);
    }

    /** The entry points registered by the nodes of a unit's scan (its walk's own order). */
    static List<EntryPoint> find(UnitScan scan, SemanticModel semantics) {
        EntryPointFinder finder = new EntryPointFinder(semantics);
        finder.scan(scan.registrations());
        return List.copyOf(finder.found);
    }

    private void scan(List<Node> registrations) {
        for (Node node : registrations) {
            switch (node) {
                case FunctionDefinition function -> {
                    if (function.name().equals("DriverEntry")) {
                        add(function.name(), EntryRole.DRIVER_ENTRY, "", Map.of(), function.declarator());
                    }
                    annotations(function.name(), function.annotations(), function.declarator());
                }
                case SimpleDeclaration declaration -> roleDeclaration(declaration);
                case Assignment assignment -> registration(assignment);
                case Call call -> callbackArgument(call);
                default -> {
                    // nothing registers here
                }
            }
        }
    }

    private void add(String function, EntryRole role, String detail, Map<Integer, EntryPoint.Holds> parameters,
            Node where) {
        if (!function.isEmpty()) {
            found.add(new EntryPoint(function, role, detail, parameters, where.range()));
        }
    }

    /** _Dispatch_type_(IRP_MJ_DEVICE_CONTROL) on a definition or declaration. */
    private void annotations(String function, List<Annotation> annotations, Node where) {
        for (Annotation annotation : annotations) {
            if (annotation.name().equals("_Dispatch_type_")) {
                for (String major : annotation.argumentList()) {
                    boolean kernel = KERNEL_ONLY_MAJORS.containsValue(major);
                    add(function, kernel ? EntryRole.KERNEL_DISPATCH : EntryRole.DISPATCH, major, Map.of(), where);
                }
            }
        }
    }

    private void roleDeclaration(SimpleDeclaration declaration) {
        Optional<EntryRole> role = Optional.empty();
        String typeName = "";
        for (var specifier : declaration.specifiers()) {
            if (specifier instanceof TypedefName name && ROLE_TYPES.containsKey(name.name())) {
                role = Optional.of(ROLE_TYPES.get(name.name()));
                typeName = name.name();
            }
        }
        boolean operations = false;
        List<Annotation> specifierAnnotations = new ArrayList<>(0);
        for (var specifier : declaration.specifiers()) { // loops: every declaration of the unit comes here
            operations |= specifier instanceof TypedefName n && n.name().equals("FLT_OPERATION_REGISTRATION");
            if (specifier instanceof Annotation annotation) {
                specifierAnnotations.add(annotation);
            }
        }
        boolean majorsNamed = specifierAnnotations.stream().anyMatch(a -> a.name().equals("_Dispatch_type_"));
        for (Declarator declarator : declaration.declarators()) {
            String name = declarator.declaredName().map(Identifier::name).orElse("");
            // DRIVER_DISPATCH says "a dispatch routine"; _Dispatch_type_ beside it says which, and wins.
            boolean generic = role.isPresent() && role.get() == EntryRole.DISPATCH && (majorsNamed
                    || declarator.annotations().stream().anyMatch(a -> a.name().equals("_Dispatch_type_")));
            if (role.isPresent() && !generic && !declaration.isTypedef() && declarator.initializer().isEmpty()) {
                add(name, role.get(), typeName, parametersOf(role.get(), typeName), declarator);
            }
            if ((declarator.parameters().isPresent() || role.isPresent())
                    && (!specifierAnnotations.isEmpty() || !declarator.annotations().isEmpty())) {
                List<Annotation> annotations = new ArrayList<>(declarator.annotations());
                annotations.addAll(specifierAnnotations);
                annotations(name, annotations, declarator); // a function, by its parameters or its role type
            }
            if (operations && declarator.initializer().isPresent()) {
                filterOperations(declarator.initializer().get());
            }
        }
    }

    /** FLT_OPERATION_REGISTRATION x[] = { { IRP_MJ_CREATE, 0, PreCreate, PostCreate }, ... }; */
    private void filterOperations(Expression initializer) {
        if (!(initializer instanceof InitializerList list)) {
            return;
        }
        for (Expression item : list.items()) {
            if (item instanceof InitializerList operation) {
                for (int i = 2; i < Math.min(4, operation.items().size()); i++) {
                    String detail = i == 2 ? "pre-operation" : "post-operation";
                    functionName(operation.items().get(i)).ifPresent(name -> add(name, EntryRole.MINIFILTER_CALLBACK,
                            detail, Map.of(), operation));
                }
            }
        }
    }

    private void registration(Assignment assignment) {
        Optional<String> function = functionName(assignment.value());
        if (function.isEmpty()) {
            return;
        }
        Expression target = Expressions.stripped(assignment.target());
        if (target instanceof Index index && Expressions.stripped(index.base()) instanceof MemberAccess member
                && member.member().name().equals("MajorFunction")) {
            OptionalLong major = semantics.constantValue(index.index());
            if (major.isPresent()) {
                String kernel = KERNEL_ONLY_MAJORS.get(major.getAsLong());
                String name = kernel != null ? kernel
                        : MAJOR_NAMES.getOrDefault(major.getAsLong(), "IRP major 0x" + Long.toHexString(major.getAsLong()));
                add(function.get(), kernel != null ? EntryRole.KERNEL_DISPATCH : EntryRole.DISPATCH, name, Map.of(),
                        assignment);
            } else {
                add(function.get(), EntryRole.DISPATCH, "every IRP major", Map.of(), assignment);
            }
            return;
        }
        if (!(target instanceof MemberAccess member)) {
            return;
        }
        String field = member.member().name();
        switch (field) {
            case "EvtIoDeviceControl", "EvtIoRead", "EvtIoWrite", "EvtIoDefault" -> add(function.get(),
                    EntryRole.KMDF_IO_CALLBACK, field, field.equals("EvtIoDeviceControl") ? kmdfIoctlParameters()
                            : Map.of(), assignment);
            case "EvtIoInternalDeviceControl" -> add(function.get(), EntryRole.KERNEL_DISPATCH, field, Map.of(),
                    assignment);
            case "FastIoDeviceControl" -> add(function.get(), EntryRole.FAST_IO, field, Map.of(2,
                    EntryPoint.Holds.USER_POINTER, 3, EntryPoint.Holds.USER_NUMBER, 4, EntryPoint.Holds.USER_POINTER, 5,
                    EntryPoint.Holds.USER_NUMBER, 6, EntryPoint.Holds.IOCTL_CODE), assignment);
            // NtReadFile/NtWriteFile probe the caller's Buffer before they try the fast I/O path.
            case "FastIoRead", "FastIoWrite" -> add(function.get(), EntryRole.FAST_IO, field,
                    Map.of(2, EntryPoint.Holds.USER_NUMBER, 5, EntryPoint.Holds.PROBED_USER_POINTER), assignment);
            case "DriverUnload" -> add(function.get(), EntryRole.DRIVER_UNLOAD, field, Map.of(), assignment);
            case "EvtDeviceFileCreate" -> add(function.get(), EntryRole.KMDF_FILE_CREATE, field, Map.of(), assignment);
            default -> {
                // another callback field: not an entry this engine models
            }
        }
    }

    private static Map<Integer, EntryPoint.Holds> kmdfIoctlParameters() {
        return Map.of(2, EntryPoint.Holds.USER_NUMBER, 3, EntryPoint.Holds.USER_NUMBER, 4, EntryPoint.Holds.IOCTL_CODE);
    }

    private static Map<Integer, EntryPoint.Holds> parametersOf(EntryRole role, String typeName) {
        if (typeName.equals("EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL")) {
            return kmdfIoctlParameters();
        }
        if (role == EntryRole.FAST_IO) {
            return Map.of(2, EntryPoint.Holds.USER_POINTER, 3, EntryPoint.Holds.USER_NUMBER, 4,
                    EntryPoint.Holds.USER_POINTER, 5, EntryPoint.Holds.USER_NUMBER, 6, EntryPoint.Holds.IOCTL_CODE);
        }
        return Map.of();
    }

    /** Routines that take a callback: which argument, and what role that gives it. */
    private void callbackArgument(Call call) {
        Optional<String> callee = call.calleeName();
        if (callee.isEmpty()) {
            return;
        }
        switch (callee.get()) {
            case "PsCreateSystemThread" -> argument(call, 5, EntryRole.SYSTEM_THREAD, "", Map.of());
            case "IoCreateSystemThread" -> argument(call, 6, EntryRole.SYSTEM_THREAD, "", Map.of());
            case "IoQueueWorkItem", "IoQueueWorkItemEx", "ExInitializeWorkItem" -> argument(call, 1,
                    EntryRole.WORK_ITEM, "", Map.of());
            case "KeInitializeDpc", "KeInitializeThreadedDpc", "IoInitializeDpcRequest" -> argument(call, 1,
                    EntryRole.DPC, "", Map.of());
            case "IoSetCompletionRoutine", "IoSetCompletionRoutineEx" -> argument(call,
                    callee.get().equals("IoSetCompletionRoutine") ? 1 : 2, EntryRole.DPC, "completion routine", Map.of());
            case "WdfDeviceInitSetIoInCallerContextCallback" -> argument(call, 1, EntryRole.KMDF_IN_CALLER_CONTEXT, "",
                    Map.of());
            case "WDF_FILEOBJECT_CONFIG_INIT" -> argument(call, 1, EntryRole.KMDF_FILE_CREATE, "", Map.of());
            case "FltCreateCommunicationPort" -> {
                argument(call, 4, EntryRole.PORT_CONNECT, "connect notify",
                        Map.of(2, EntryPoint.Holds.USER_DATA_BUFFER, 3, EntryPoint.Holds.USER_NUMBER));
                // The filter manager probes both message buffers; they stay raw user memory (PB003, PB004).
                argument(call, 6, EntryRole.PORT_MESSAGE, "message notify", Map.of(1,
                        EntryPoint.Holds.PROBED_USER_POINTER, 2, EntryPoint.Holds.USER_NUMBER, 3,
                        EntryPoint.Holds.PROBED_USER_POINTER, 4, EntryPoint.Holds.USER_NUMBER));
            }
            default -> {
                // not a registration
            }
        }
    }

    private void argument(Call call, int index, EntryRole role, String detail, Map<Integer, EntryPoint.Holds> holds) {
        if (index < call.arguments().size() && call.arguments().get(index) instanceof Expression e) {
            functionName(e).ifPresent(name -> add(name, role, detail, holds, call));
        }
    }

    /** The function a callback expression names: F, &F, (PDRIVER_DISPATCH)F. */
    private Optional<String> functionName(Expression e) {
        Expression at = Expressions.stripped(e);
        if (at instanceof Unary u && u.operator() == UnaryOperator.ADDRESS_OF) {
            at = Expressions.stripped(u.operand());
        }
        if (at instanceof Identifier id) {
            return semantics.symbol(id).filter(s -> s.kind() == org.zwlint.core.semantics.SymbolKind.FUNCTION)
                    .map(s -> id.name()).or(() -> semantics.function(id.name()).map(s -> id.name()));
        }
        return Optional.empty();
    }
}
