package dev.orgwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The package builds refuse, before building, a version that the jpackage of one of the three
 * platforms would refuse; the pom's version passes that check.
 */
class PackagingVersionTest {

    private record Run(int exit, String output) {
    }

    /** Runs {@code script} after sourcing packaging/common.sh, from the project root as the builds do. */
    private static Run bash(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", "source packaging/common.sh && " + script)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        return new Run(p.exitValue(), output);
    }

    @Test
    void thePomsVersionIsOneEveryPlatformPackages() throws Exception {
        Run version = bash("pom_version");
        assertEquals(0, version.exit(), version.output());
        String packaged = version.output().strip().replaceFirst("-.*", "");
        Run check = bash("check_app_version " + packaged);
        assertEquals(0, check.exit(), "the pom's version " + packaged + ": " + check.output());
    }

    @Test
    void aVersionThatMacOsOrWindowsRefusesIsRefusedWithTheReason() throws Exception {
        Run zero = bash("check_app_version 0.1.0");
        assertEquals(1, zero.exit());
        assertTrue(zero.output().contains("macOS refuses the version '0.1.0'"), zero.output());

        Run large = bash("check_app_version 1.300.0");
        assertEquals(1, large.exit());
        assertTrue(large.output().contains("Windows refuses the version '1.300.0'"), large.output());

        Run text = bash("check_app_version 1.0-beta");
        assertEquals(1, text.exit());
        assertTrue(text.output().contains("not one to three numbers"), text.output());

        assertEquals(0, bash("check_app_version 2.14.9").exit());
    }
}
