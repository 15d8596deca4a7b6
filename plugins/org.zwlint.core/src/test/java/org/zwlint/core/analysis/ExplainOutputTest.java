package org.zwlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwlint.core.Analyzer;
import org.zwlint.core.config.ConfigOverrides;
import org.zwlint.core.config.ConfigResolver;
import org.zwlint.core.config.ProjectFile;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.model.Arch;
import org.zwlint.core.report.ExplainReport;

/**
 * `zwlint explain` on original driver-like fixtures, compared with the expected output kept next to
 * them (fixtures/explain/expected). Set -Dzwlint.writeExpected=true to rewrite the expected files
 * after a deliberate change, then read the diff before committing it.
 */
class ExplainOutputTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();
    private static final Path EXPECTED = FIXTURES.resolve("explain/expected");
    private static final Analyzer ANALYZER = new Analyzer();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("wdm-ioctls", "explain/wdm/ioctl.c", 0, Arch.X64),
                Arguments.of("wdm-ioctls-x86", "explain/wdm/ioctl.c", 0, Arch.X86),
                Arguments.of("wdm-helper-in-second-file", "explain/wdm/helpers.c", 0, Arch.X64),
                Arguments.of("wdm-line", "explain/wdm/ioctl.c", 16, Arch.X64),
                Arguments.of("user-mode-app", "explain/wdm/app/meterctl.c", 0, Arch.X64),
                Arguments.of("kmdf", "rules/probing/pb001_kmdf_vulnerable.c", 0, Arch.X64),
                Arguments.of("minifilter-port", "rules/probing/pb001_minifilter_port_fixed.c", 0, Arch.X64));
    }

    /** The configuration of a run on {@code arch}, as --arch makes it. */
    static ZwLintConfig on(Arch arch) {
        ConfigOverrides overrides = new ConfigOverrides(List.of(), List.of(), List.of(), Optional.empty(),
                Optional.of(arch), Optional.empty(), Set.of(), Set.of(), Map.of(), Optional.empty(),
                Optional.empty());
        return new ConfigResolver(Set.of(), overrides).resolve(ProjectFile.none(FIXTURES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explainPrintsWhatTheEngineBelieves(String name, String file, int line, Arch arch) throws IOException {
        Path path = FIXTURES.resolve(file);
        String actual = ExplainReport.render(path, ANALYZER.explain(path, on(arch)).orElseThrow(),
                line == 0 ? OptionalInt.empty() : OptionalInt.of(line), arch)
                .replace(FIXTURES.toString() + java.io.File.separator, "").replace("\r\n", "\n");
        Path expected = EXPECTED.resolve(name + ".txt");
        if (Boolean.getBoolean("zwlint.writeExpected")) {
            Files.createDirectories(EXPECTED);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "explain " + file);
    }
}
