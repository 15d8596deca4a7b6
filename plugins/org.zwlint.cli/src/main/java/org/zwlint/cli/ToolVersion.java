package org.zwlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.zwlint.core.report.ToolInfo;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into this build, for --version and for the reports' tool section. */
public final class ToolVersion implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    public static String current() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    public static ToolInfo toolInfo() {
        return ToolInfo.zwlint(current());
    }

    @Override
    public String[] getVersion() {
        return new String[] { "zwlint " + current() };
    }
}
