package org.zwlint.cli;

import org.zwlint.core.report.ToolInfo;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into this build, for --version and for the reports' tool section. */
public final class ToolVersion implements IVersionProvider {
    public static String current() {
        return ToolInfo.current().version();
    }

    public static ToolInfo toolInfo() {
        return ToolInfo.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] { "zwlint " + current() };
    }
}
