package org.zwlint.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Every Nt* system service name of the kernel (nt-services.txt): whether a name a driver calls is a
 * system service at all, beyond the services {@link ServiceModel} describes with parameter data.
 */
public final class SystemServices {
    public static final String RESOURCE = "/org/zwlint/core/model/nt-services.txt";

    private static final SystemServices BUNDLED = load();

    private final Set<String> names;

    private SystemServices(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    public static SystemServices bundled() {
        return BUNDLED;
    }

    public boolean isService(String ntName) {
        return names.contains(ntName);
    }

    public int size() {
        return names.size();
    }

    private static SystemServices load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = SystemServices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SystemServices(names);
    }
}
