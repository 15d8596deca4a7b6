package org.zwlint.core.rules;

import java.util.Arrays;
import java.util.Optional;

/** The driver analysis tools a ZwLint rule can be related to; each is a SARIF taxonomy. */
public enum RelatedTool {
    PREFAST("PREfast", "Code Analysis for Drivers (PREfast) warnings",
            "https://learn.microsoft.com/windows-hardware/drivers/devtest/prefast-for-drivers-warnings"),
    SDV("SDV", "Static Driver Verifier rules",
            "https://learn.microsoft.com/windows-hardware/drivers/devtest/static-driver-verifier-rules"),
    CODEQL("CodeQL", "CodeQL queries for Windows drivers",
            "https://github.com/microsoft/Windows-Driver-Developer-Supplemental-Tools");

    private final String label;
    private final String description;
    private final String informationUri;

    RelatedTool(String label, String description, String informationUri) {
        this.label = label;
        this.description = description;
        this.informationUri = informationUri;
    }

    /** The name rules.json and SARIF use: "PREfast", "SDV", "CodeQL". */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String informationUri() {
        return informationUri;
    }

    public static Optional<RelatedTool> named(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
