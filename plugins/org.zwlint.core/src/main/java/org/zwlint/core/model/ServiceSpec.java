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

    /** The name a fix may propose for a kernel-mode caller; empty when no documented Zw routine exists. */
    public Optional<String> documentedZwName() {
        return zwDocumented ? Optional.of(zwName) : Optional.empty();
    }
}
