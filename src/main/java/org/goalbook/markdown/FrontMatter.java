package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.NotebookMeta;

/** The YAML front matter of a journal: found, kept as written, and its simple keys read into notebook metadata. */
final class FrontMatter {
    static final Pattern KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*?)\\s*$");
    static final Pattern LIST_ITEM = Pattern.compile("^\\s+-\\s+(.*?)\\s*$");

    private FrontMatter() {
    }

    /** How many of the lines form the front matter (both fences included); 0 when there is none. */
    static int length(List<Line> lines) {
        if (lines.isEmpty() || !stripBom(lines.get(0).text()).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.equals("---") || t.equals("...")) {
                return i + 1;
            }
        }
        return 0;
    }

    static NotebookMeta read(List<Line> lines, int count, String eol) {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < count; i++) {
            raw.append(lines.get(i).raw());
        }
        String title = "";
        String date = "";
        String status = "";
        String author = "";
        List<String> tags = new ArrayList<>();
        String listKey = null;
        for (int i = 1; i < count - 1; i++) {
            String text = lines.get(i).text();
            Matcher item = LIST_ITEM.matcher(text);
            if (listKey != null && item.matches()) {
                if (listKey.equals("tags")) {
                    tags.add(unquote(item.group(1)));
                }
                continue;
            }
            Matcher kv = KEY.matcher(text);
            if (!kv.matches()) {
                continue;
            }
            String key = kv.group(1).toLowerCase();
            String value = unquote(kv.group(2));
            listKey = kv.group(2).isEmpty() ? key : null;
            switch (key) {
                case "title" -> title = value;
                case "date" -> date = value;
                case "status" -> status = value;
                case "author" -> author = value;
                case "tags" -> tags.addAll(inlineList(kv.group(2)));
                default -> {
                }
            }
        }
        return new NotebookMeta(title, date, status, author, tags, raw.toString(), eol);
    }

    private static List<String> inlineList(String value) {
        String v = value.strip();
        List<String> out = new ArrayList<>();
        if (v.startsWith("[") && v.endsWith("]")) {
            for (String part : v.substring(1, v.length() - 1).split(",")) {
                if (!part.isBlank()) {
                    out.add(unquote(part.strip()));
                }
            }
        } else if (!v.isEmpty()) {
            out.add(unquote(v));
        }
        return out;
    }

    /** A YAML scalar's value: quotes taken off, and what they escape read ({@code \"} and {@code \\}; {@code ''}). */
    static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\\", "\u0000").replace("\\\"", "\"")
                    .replace("\u0000", "\\");
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        return s;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
