package org.goalbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.goalbook.ui.GoalbookApp;
import org.junit.jupiter.api.Test;

/**
 * The Linux menu entry in packaging/ matches the program: a double-clicked notebook reaches the window, the desktop
 * groups the running window under the entry (its WM_CLASS is the JavaFX Application class), and the entry claims
 * the MIME type the file association declares.
 */
class DesktopEntryTest {
    private static final Path PACKAGING = Path.of("packaging");

    @Test
    void theMenuEntryPassesDoubleClickedFilesAndNamesTheWindowClass() throws IOException {
        Map<String, String> entry = desktopEntry();

        assertThat(entry.get("Exec")).endsWith(" %F");
        assertThat(entry.get("StartupWMClass")).isEqualTo(GoalbookApp.class.getName());
        assertThat(entry.get("Icon")).isEqualTo("goalbook");
    }

    @Test
    void theMenuEntryOpensTheNotebookMimeTypeOfTheFileAssociation() throws IOException {
        Properties association = new Properties();
        try (Reader in = Files.newBufferedReader(PACKAGING.resolve("goalbook.properties"))) {
            association.load(in);
        }

        assertThat(association.getProperty("extension")).isEqualTo("goalbook");
        assertThat(desktopEntry().get("MimeType")).isEqualTo(association.getProperty("mime-type") + ";");
    }

    @Test
    void theIconComesInEverySizeTheEntryAndThePackageUse() throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            byte[] png = Files.readAllBytes(PACKAGING.resolve("icons/goalbook-" + size + ".png"));
            // PNG header: width and height are the big-endian ints at bytes 16 and 20.
            java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png);
            assertThat(new int[] {header.getInt(16), header.getInt(20)}).containsExactly(size, size);
        }
    }

    private static Map<String, String> desktopEntry() throws IOException {
        return Files.readAllLines(PACKAGING.resolve("linux/goalbook.desktop"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("="))
                .map(line -> line.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1], (a, b) -> b));
    }
}
