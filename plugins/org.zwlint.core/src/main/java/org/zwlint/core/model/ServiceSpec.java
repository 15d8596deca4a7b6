package org.zwlint.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One native system service: its Nt and Zw names, whether drivers have a documented Zw entry point for it, the WDK
 * header that declares it, and its parameters in order.
 */
public record ServiceSpec(String ntName, String zwName, boolean zwDocumented, String header, List<Parameter> parameters) {
    public ServiceSpec {
        parameters = List.copyOf(parameters);
    }

    public int parameterCount() {
        return parameters.size();
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<PointerParameter> pointerParameters() {
        return parameters.stream().filter(PointerParameter.class::isInstance).map(PointerParameter.class::cast)
                .toList();
    }

    public List<HandleParameter> handleParameters() {
        return parameters.stream().filter(HandleParameter.class::isInstance).map(HandleParameter.class::cast)
                .toList();
    }

    /** Opens or creates an object by name: the object manager captures OBJECT_ATTRIBUTES and checks access. */
    public boolean opensByName() {
        return pointerParameters().stream().anyMatch(p -> p.capture().equals(Optional.of(Capture.OBJECT_ATTRIBUTES)));
    }

    /** Writes a new handle to an output parameter; where it lands depends on OBJ_KERNEL_HANDLE and PreviousMode. */
    public boolean returnsHandle() {
        return pointerParameters().stream().anyMatch(p -> p.direction() == Direction.OUT && p.points().equals("HANDLE"));
    }

    /** The name a fix may propose for a kernel-mode caller; empty when no documented Zw routine exists. */
    public Optional<String> documentedZwName() {
        return zwDocumented ? Optional.of(zwName) : Optional.empty();
    }
}
