package org.goalbook.ui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one page the preview ever loads (shell.html with preview.css and preview.js inlined under a fresh
 * Content-Security-Policy nonce), and the theme's user style sheet.
 */
final class PreviewShell {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PreviewShell() {
    }

    /** A fresh shell: a new nonce each time, so no note can ever carry a valid one. */
    static String html() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return resource("shell.html")
                .replace("${nonce}", nonce)
                .replace("${css}", resource("preview.css"))
                .replace("${js}", resource("preview.js"));
    }

    /** A data: URL for {@code WebEngine.setUserStyleSheetLocation}: the theme's colours and the font size. */
    static String userStyleSheet(boolean dark, double fontSizePx) {
        String css = resource(dark ? "preview-dark.css" : "preview-light.css")
                + "\n:root { --goalbook-font-size: " + fontSizePx + "px; }\n";
        return "data:text/css;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try (InputStream in = PreviewShell.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Preview resource " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Preview resource " + name + " could not be read", e);
        }
    }
}
