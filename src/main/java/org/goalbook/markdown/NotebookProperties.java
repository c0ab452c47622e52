package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.EditRefused;
import org.goalbook.model.NotebookMeta;

/**
 * A notebook's properties (title, author, status, date, tags) as the journal's YAML front matter holds them: read,
 * changed one at a time in the block kept as written (every other line byte for byte, the changed one in the same
 * YAML style), and searched.
 */
public final class NotebookProperties {
    /** The properties in the order the window and {@code goalbook properties} show them. */
    public static final List<String> KEYS = List.of("title", "author", "status", "date", "tags");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A YAML plain scalar that reads back as itself: no leading indicator, no ": " or " #", no edge spaces. */
    private static final Pattern PLAIN = Pattern.compile("[^-?:,\\[\\]{}#&*!|>'\"%@`\\s](?:[^:#]|:(?!\\s)|(?<!\\s)#)*");

    private NotebookProperties() {
    }

    /** Each property's value as the user reads it; tags joined by ", ". */
    public static Map<String, String> values(NotebookMeta meta) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", meta.title());
        out.put("author", meta.author());
        out.put("status", meta.status());
        out.put("date", meta.date());
        out.put("tags", String.join(", ", meta.tags()));
        return out;
    }

    /**
     * The metadata with one property changed, its front matter rewritten at that key only (a new block when the
     * journal had none). Tags are given separated by commas.
     *
     * @throws EditRefused for an unknown key or a value that one YAML line cannot hold
     */
    public static NotebookMeta with(NotebookMeta meta, String key, String value) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(k)) {
            throw new EditRefused("\"" + key + "\" is not a notebook property; the properties are "
                    + String.join(", ", KEYS) + ".");
        }
        String v = value == null ? "" : value.strip();
        if (v.chars().anyMatch(c -> c == '\n' || c == '\r' || Character.isISOControl(c) && c != '\t')) {
            throw new EditRefused("The " + k + " must be one line; it has a line break or a control character.");
        }
        if (values(meta).get(k).equals(v)) {
            return meta;
        }
        String eol = meta.lineEnding();
        List<Line> lines = new ArrayList<>(Line.split(meta.frontMatter().isEmpty() ? "---" + eol + "---" + eol
                : meta.frontMatter()));
        int at = keyLine(lines, k);
        List<Line> written = k.equals("tags") ? tagLines(lines, at, tags(v), eol)
                : List.of(scalar(lines, at, k, v, eol));
        int end = at < 0 ? at : at + 1 + (k.equals("tags") ? listLength(lines, at) : 0);
        if (at < 0) {
            lines.addAll(lines.size() - 1, written);
        } else {
            List<Line> replaced = new ArrayList<>(lines.subList(0, at));
            replaced.addAll(written);
            replaced.addAll(lines.subList(end, lines.size()));
            lines = replaced;
        }
        return FrontMatter.read(lines, lines.size(), eol);
    }

    /** The index of the key's line between the fences, or -1. */
    private static int keyLine(List<Line> lines, String key) {
        for (int i = 1; i < lines.size() - 1; i++) {
            Matcher m = FrontMatter.KEY.matcher(lines.get(i).text());
            if (m.matches() && m.group(1).toLowerCase(Locale.ROOT).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** How many indented list lines follow the key's line. */
    private static int listLength(List<Line> lines, int at) {
        int n = 0;
        while (at + 1 + n < lines.size() - 1 && FrontMatter.LIST_ITEM.matcher(lines.get(at + 1 + n).text()).matches()) {
            n++;
        }
        return n;
    }

    private static Line scalar(List<Line> lines, int at, String key, String value, String eol) {
        Matcher m = FrontMatter.KEY.matcher(at < 0 ? "" : lines.get(at).text());
        // The key as written ("Title: "), and the quotes the old value had.
        String before = m.matches() ? lines.get(at).text().substring(0, m.start(2)) : key + ": ";
        String was = m.matches() ? m.group(2) : "";
        char quote = was.startsWith("'") ? '\'' : was.startsWith("\"") ? '"' : 0;
        return new Line(before + quoted(value, quote), lineEnd(lines, at, eol));
    }

    private static String lineEnd(List<Line> lines, int at, String eol) {
        return at < 0 || lines.get(at).eol().isEmpty() ? eol : lines.get(at).eol();
    }

    private static List<Line> tagLines(List<Line> lines, int at, List<String> tags, String eol) {
        String keyLine = at < 0 ? "tags:" : lines.get(at).text();
        String lineEnd = lineEnd(lines, at, eol);
        Matcher m = FrontMatter.KEY.matcher(keyLine);
        String inline = m.matches() ? m.group(2) : "";
        if (inline.startsWith("[")) {
            List<String> items = tags.stream().map(t -> quoted(t, PLAIN.matcher(t).matches() ? 0 : '"')).toList();
            return List.of(new Line(keyLine.substring(0, m.start(2)) + "[" + String.join(", ", items) + "]", lineEnd));
        }
        List<Line> oldItems = at < 0 ? List.of() : lines.subList(at + 1, at + 1 + listLength(lines, at));
        String indent = "  ";
        boolean quoteSpaces = false;
        for (Line item : oldItems) {
            String text = item.text();
            indent = text.substring(0, text.indexOf('-'));
            String v = text.substring(text.indexOf('-') + 1).strip();
            quoteSpaces |= v.startsWith("\"") && v.contains(" ");
        }
        List<Line> out = new ArrayList<>();
        out.add(new Line(m.matches() ? keyLine.substring(0, m.start(2)).stripTrailing() : "tags:", lineEnd));
        for (String tag : tags) {
            // A tag kept is its line kept, quotes and all.
            Line same = oldItems.stream().filter(i -> FrontMatter.unquote(listValue(i)).equals(tag)).findFirst()
                    .orElse(null);
            boolean quote = !PLAIN.matcher(tag).matches() || quoteSpaces && tag.contains(" ");
            out.add(same != null ? new Line(same.text(), lineEnd(List.of(same), 0, eol))
                    : new Line(indent + "- " + quoted(tag, quote ? '"' : 0), lineEnd));
        }
        return out;
    }

    private static String listValue(Line line) {
        Matcher m = FrontMatter.LIST_ITEM.matcher(line.text());
        return m.matches() ? m.group(1) : "";
    }

    private static List<String> tags(String value) {
        List<String> out = new ArrayList<>();
        for (String t : value.split(",")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    /** The value in the quotes it had ({@code 0}: none), quoted anyway when YAML would read it otherwise. */
    private static String quoted(String value, char quote) {
        char q = quote == 0 && !PLAIN.matcher(value).matches() ? '"' : quote;
        if (q == '\'') {
            return "'" + value.replace("'", "''") + "'";
        }
        if (q == '"') {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return value;
    }

    /**
     * The lines of the front matter that are not read as properties (not {@code key: value}, nor a list item under a
     * key, nor a comment): one message each, for the user. They are kept as written all the same.
     */
    public static List<String> problems(NotebookMeta meta) {
        List<Line> lines = Line.split(meta.frontMatter());
        List<String> out = new ArrayList<>();
        boolean inList = false;
        for (int i = 1; i < lines.size() - 1; i++) {
            String text = lines.get(i).text();
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            Matcher key = FrontMatter.KEY.matcher(text);
            if (key.matches()) {
                inList = key.group(2).isEmpty();
            } else if (!(inList && FrontMatter.LIST_ITEM.matcher(text).matches())) {
                out.add("Front matter line " + (i + 1) + " is not a \"key: value\" line (" + text.strip()
                        + "); it is kept as written but is no property.");
            }
        }
        return out;
    }

    /**
     * Where the properties hold every word of {@code text} (each word the beginning of a word, as the notebook's
     * search reads it): the first matching property as "key: value" with the first match marked by [ and ].
     */
    public static Optional<String> match(NotebookMeta meta, String text) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (w.find()) {
            words.add(w.group());
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = values(meta);
        String all = String.join("\n", values.values()).toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (wordStart(all, word) < 0) {
                return Optional.empty();
            }
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            int at = wordStart(e.getValue().toLowerCase(Locale.ROOT), words.get(0));
            if (at >= 0) {
                String v = e.getValue();
                int end = at + words.get(0).length();
                return Optional.of(e.getKey() + ": " + v.substring(0, at) + "[" + v.substring(at, end) + "]"
                        + v.substring(end));
            }
        }
        return Optional.of(words.get(0));
    }

    /** Where a word of {@code text} starts with {@code word}, or -1. */
    private static int wordStart(String text, String word) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.group().startsWith(word)) {
                return m.start();
            }
        }
        return -1;
    }
}
