package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not journals are refused with a message that names the file and the problem. */
class BadJournalFileTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFile() {
        Path file = dir.resolve("nope.md");
        assertThatThrownBy(() -> JournalImporter.readFile(file))
                .isInstanceOf(JournalException.class).hasMessage(file + ": no such file");
    }

    @Test
    void aFolder() {
        assertThatThrownBy(() -> JournalImporter.readFile(dir))
                .isInstanceOf(JournalException.class).hasMessage(dir + ": is a folder, not a journal file");
    }

    @Test
    void aBinaryFile() throws IOException {
        Path png = dir.resolve("picture.md");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertThatThrownBy(() -> JournalImporter.readFile(png))
                .isInstanceOf(JournalException.class).hasMessageContaining("looks like a binary file");
    }

    @Test
    void brokenUtf8SaysWhere() throws IOException {
        Path file = dir.resolve("latin1.md");
        byte[] good = "## Page\n\nline two\ncaf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9;
        bytes[good.length + 1] = '\n';
        Files.write(file, bytes);
        assertThatThrownBy(() -> JournalImporter.readFile(file))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("is not valid UTF-8 at line 4, column 4");
    }

    @Test
    void aFileOverTheSizeLimit() throws IOException {
        Path file = dir.resolve("huge.md");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(JournalImporter.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> JournalImporter.readFile(file))
                .isInstanceOf(JournalException.class).hasMessageContaining("larger than the 64 MB");
    }

    @Test
    void aListNestedTenThousandLevelsDeepIsReadAndWrittenBack() {
        StringBuilder sb = new StringBuilder("## My Goals in 2030\n\n");
        int depth = 10_000;
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("- level ").append(i).append('\n');
        }
        String text = sb.toString();
        Notebook nb = JournalImporter.read(text);
        Node deepest = nb.outline().preorder().get(depth);
        assertThat(deepest.name()).isEqualTo("level " + (depth - 1));
        assertThat(nb.outline().get(deepest.parentId()).name()).isEqualTo("level " + (depth - 2));
        assertThat(JournalExporter.write(nb)).isEqualTo(text);
    }
}
