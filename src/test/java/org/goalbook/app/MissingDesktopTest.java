package org.goalbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Without a desktop the window refuses in one line, exit code 2, and no stack trace. */
class MissingDesktopTest {
    @TempDir
    Path dir;

    /** A real start of Goalbook in its own JVM, as a user would from a terminal with no desktop (ssh, a server). */
    @Test
    @EnabledOnOs(OS.LINUX) // DISPLAY is how a Linux desktop is found; Windows and macOS always have one
    void withoutADisplayTheWindowSaysSoInOneLineAndExitsWith2() throws Exception {
        Path notebook = dir.resolve("n.goalbook");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), Main.class.getName(),
                "--notebook", notebook.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err).isEqualTo("Goalbook's window needs a graphical desktop, and there is none here"
                + " (DISPLAY is not set); start it from your desktop, or use the command line: goalbook --help\n");
        assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
    }

    /** JavaFX's failure when libgtk-3.so.0 cannot be loaded (packaging/check-image.sh makes it happen for real). */
    @Test
    void gtkThatCannotBeLoadedIsNamedWithHowToInstallIt() {
        RuntimeException failure = new RuntimeException("Application launch failed",
                new RuntimeException(new UnsupportedOperationException("Unable to load glass GTK library.")));

        assertThat(MissingDesktop.explain(failure, ":0")).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Goalbook's window needs the GTK 3 library, which is not installed;")
                .contains("sudo apt install libgtk-3-0").doesNotContain("\n"));
    }

    @Test
    void aMissingSystemLibraryIsNamed() {
        UnsatisfiedLinkError failure = new UnsatisfiedLinkError("/home/u/.openjfx/cache/21.0.5/amd64/libglass.so:"
                + " libXtst.so.6: cannot open shared object file: No such file or directory");

        assertThat(MissingDesktop.explain(failure, ":0")).hasValue("Goalbook's window needs the system library"
                + " libXtst.so.6, which is not installed; install it with your package manager and start Goalbook again");
    }

    @Test
    void aDisplayThatCannotBeReachedIsNamed() {
        var failure = new RuntimeException(new UnsupportedOperationException("Unable to open DISPLAY"));

        assertThat(MissingDesktop.explain(failure, ":55")).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Goalbook's window cannot reach the display DISPLAY=:55;"));
    }

    @Test
    void otherFailuresAreNotExplainedAway() {
        assertThat(MissingDesktop.explain(new IllegalStateException("bug"), ":0")).isEqualTo(Optional.empty());
    }
}
