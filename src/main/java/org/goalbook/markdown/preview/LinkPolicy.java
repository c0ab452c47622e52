package org.goalbook.markdown.preview;

import java.util.Locale;

/**
 * Which link and image addresses the preview keeps. An allow-list of exact prefixes on the address as written:
 * anything else ({@code javascript:} in any spelling, {@code data:}, {@code file:}, relative paths, addresses with
 * leading spaces or control characters) is refused, because a browser would clean such spellings up into a scheme
 * we never meant to allow.
 */
public final class LinkPolicy {
    private LinkPolicy() {
    }

    /** A link the preview may show as a link: http, https, mailto, or an anchor in the same note. */
    public static boolean isAllowedLink(String href) {
        return href != null && (href.startsWith("#") || opensInBrowser(href));
    }

    /** A link that a click hands to the system browser or mail program. */
    public static boolean opensInBrowser(String href) {
        return href != null && startsWithScheme(href, "http://", "https://", "mailto:");
    }

    /** An image address the preview may load: only from the web, never local files or inline data. */
    public static boolean isAllowedImage(String src) {
        return src != null && startsWithScheme(src, "http://", "https://");
    }

    private static boolean startsWithScheme(String url, String... prefixes) {
        if (hasControlCharacter(url)) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasControlCharacter(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) && c != ' ') {
                return true;
            }
        }
        return false;
    }
}
