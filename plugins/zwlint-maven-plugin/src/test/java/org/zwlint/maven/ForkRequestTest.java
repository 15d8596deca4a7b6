package org.zwlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the goal hands a forked JDK, and how it tells a JDK's version. */
class ForkRequestTest {
    @Test
    void aRequestSurvivesTheTripThroughItsFile() throws IOException {
        CheckRequest request = new CheckRequest(Path.of("/p"), Path.of("/p/target"),
                List.of(Path.of("/p/src driver")), List.of(Path.of("/p/inc")), List.of("DBG", "NTDDI_VERSION=0x0A000000"),
                List.of("UNICODE"), Optional.of(Path.of("/wdk/km")), List.of("PM001"), "error", Optional.of(false),
                Optional.empty(), Path.of("/p/target/zwlint.sarif"), Optional.of(Path.of("/p/drv.vcxproj")),
                Optional.of("Release|x64"), Optional.empty(), Optional.of(Path.of("/p/target/zwlint-cache")));
        StringWriter written = new StringWriter();
        request.write(written);
        assertEquals(request, CheckRequest.read(new StringReader(written.toString())));
    }

    @Test
    void aMissingKeyIsAnError() {
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> CheckRequest.read(new StringReader("basedir=/p\n")));
    }

    @Test
    void versionsAreReadAsFeatureReleases(@TempDir Path home) throws IOException {
        assertEquals(17, JavaHomes.feature("17.0.15"));
        assertEquals(8, JavaHomes.feature("1.8.0_392"));
        assertEquals(25, JavaHomes.feature("25"));
        assertEquals(21, JavaHomes.feature("21-ea"));
        assertEquals(Optional.empty(), JavaHomes.featureOf(home), "no release file");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"21.0.4\"\n");
        assertEquals(Optional.of(21), JavaHomes.featureOf(home));
        assertEquals(Optional.empty(), JavaHomes.launcher(home), "no bin/java");
    }
}
