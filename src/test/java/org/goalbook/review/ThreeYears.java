package org.goalbook.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;

/** The three-year journal in src/test/resources/journals/three-years.md, imported, with its items found by name. */
final class ThreeYears {
    private ThreeYears() {
    }

    static String text() {
        try (InputStream in = ThreeYears.class.getResourceAsStream("/journals/three-years.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Notebook notebook() {
        return JournalImporter.read(text());
    }

    static NotebookYears years() {
        return NotebookYears.of(notebook().outline());
    }

    /** The item called {@code name} (as displayed) in {@code year}. */
    static Node item(NotebookYears years, int year, String name) {
        return years.require(year).items().stream().filter(i -> i.displayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + name + " in " + year));
    }

    static boolean isItem(Node n) {
        return n.kind() == NodeKind.ITEM;
    }
}
