package org.zwlint.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded reference model. Services keep the order of the data file, which is also their index in the simulated
 * service table: real system call numbers change with every Windows build, so the model numbers its own table.
 */
public record ServiceModel(int schemaVersion, Map<Arch, Long> mmUserProbeAddress, TypeTable types,
        List<ServiceSpec> services) {

    /** Classpath location of the bundled model. */
    public static final String RESOURCE = "/org/zwlint/core/model/services.json";
    /** Classpath location of the JSON schema describing {@link #RESOURCE}. */
    public static final String SCHEMA_RESOURCE = "/org/zwlint/core/model/services.schema.json";

    public ServiceModel {
        mmUserProbeAddress = Map.copyOf(mmUserProbeAddress);
        services = List.copyOf(services);
    }

    /** The model shipped with ZwLint; loaded once. */
    public static ServiceModel bundled() {
        return Bundled.MODEL;
    }

    /** Finds a service by its Nt or Zw name, case-insensitively (the C source may use either). */
    public Optional<ServiceSpec> find(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return services.stream()
                .filter(s -> s.ntName().toLowerCase(Locale.ROOT).equals(key)
                        || s.zwName().toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }

    public int indexOf(ServiceSpec service) {
        int index = services.indexOf(service);
        if (index < 0) {
            throw new IllegalArgumentException(service.ntName() + " is not in this model");
        }
        return index;
    }

    public long mmUserProbeAddress(Arch arch) {
        return java.util.Optional.ofNullable(mmUserProbeAddress.get(arch))
                .orElseThrow(() -> new IllegalStateException("no MmUserProbeAddress for " + arch.label()));
    }

    private static final class Bundled {
        static final ServiceModel MODEL = ModelLoader.loadResource(RESOURCE);
    }
}
