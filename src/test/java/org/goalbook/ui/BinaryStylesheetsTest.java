package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JavaFX loads a stylesheet's binary form ({@code .bss}) in place of its {@code .css} when one stands beside it; the
 * build writes them for the window's own stylesheets. A stale one would show the window in yesterday's colours.
 */
class BinaryStylesheetsTest {
    @ParameterizedTest
    @ValueSource(strings = {"goalbook", "goalbook-light", "goalbook-dark"})
    void theBinaryFormSaysWhatTheStylesheetSays(String name) throws IOException {
        URL css = Appearance.class.getResource(name + ".css");
        URL bss = Appearance.class.getResource(name + ".bss");
        assertNotNull(bss, name + ".bss is missing beside " + name + ".css: the build writes it (pom.xml)");
        List<String> parsed = rules(new CssParser().parse(css));
        List<String> loaded = rules(Stylesheet.loadBinary(bss));
        assertTrue(!parsed.isEmpty(), "the stylesheet has rules");
        assertEquals(parsed, loaded);
    }

    private static List<String> rules(Stylesheet sheet) {
        // Selectors and declarations, read through their getters: a binary rule decodes its declarations on demand.
        return sheet.getRules().stream().map(BinaryStylesheetsTest::rule).toList();
    }

    private static String rule(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .toList();
    }
}
