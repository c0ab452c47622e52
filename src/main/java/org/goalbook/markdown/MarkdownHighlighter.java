package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.PageTitle;

/**
 * Colours for the Markdown editor, one line at a time: which stretches of a line are a heading, emphasis, a link,
 * code, a list marker or a task box, as CSS style classes ("md-heading", "md-strong", …). A line is styled from its
 * own text and what the lines above left open (a code fence, the front matter), so an edit restyles only its own
 * lines, and the lines below only while what they inherit changed. A highlighter, not a parser: it never fails
 * and its spans always cover the line exactly.
 */
public final class MarkdownHighlighter {
    /** Before the first line: a front matter may open here. */
    public static final State START = new State("^");
    /** Nothing open. */
    public static final State PLAIN = new State("");

    private static final State FRONT_MATTER = new State("---");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern QUOTE = Pattern.compile("^(?: {0,3}> ?)+");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}=+[ \\t]*$");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}(\\[[^\\]]+\\]:)[ \\t]*(\\S+)");
    private static final Pattern LINK =
            Pattern.compile("(!?\\[)([^\\]\\[]*)(\\]\\()(<[^>]*>|[^\\s()]*)"
                    + "((?:[ \\t]+(?:\"[^\"]*\"|'[^']*'))?[ \\t]*\\))");
    private static final Pattern REFERENCE_LINK = Pattern.compile("(!?\\[)([^\\]\\[]+)(\\]\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK =
            Pattern.compile("<(?:https?|mailto|ftp):[^>\\s]*>|https?://[^\\s<>()\\[\\]]+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STRIKE = Pattern.compile("(~~)(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern EM_STAR =
            Pattern.compile("(?<![*\\\\])(\\*)(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?!\\*)");
    private static final Pattern EM_UNDERSCORE =
            Pattern.compile("(?<![\\w_])(_)(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\w_])");

    // Character kinds, one bit each; a span's classes are its line's classes plus one class per bit.
    private static final int MARKER = 1;
    private static final int STRONG_BIT = 2;
    private static final int EM = 4;
    private static final int STRIKE_BIT = 8;
    private static final int CODE = 16;
    private static final int LINK_TEXT = 32;
    private static final int URL = 64;
    private static final int LIST_MARKER = 128;
    private static final int TASK_BOX = 256;
    private static final String[] BIT_CLASSES = {"md-marker", "md-strong", "md-em", "md-strike", "md-code",
        "md-link", "md-url", "md-list", "md-task"};

    /** The few class lists in use, shared: a 5 MB page has a few hundred thousand spans but only these lists. */
    private static final Map<String, List<String>> CLASSES = new ConcurrentHashMap<>();

    private MarkdownHighlighter() {
    }

    /** What a line leaves open for the next: nothing, the front matter, or a code fence (by its opening marks). */
    public record State(String open) {
    }

    /** A stretch of a line and its style classes (empty: plain text). */
    public record Span(int length, List<String> classes) {
    }

    /** A line's spans, covering it exactly, and what it leaves open for the next line. */
    public record Styled(List<Span> spans, State after) {
    }

    /** Styles one line (without its line break), given what the line above left open ({@link #START} for the first). */
    public static Styled line(String text, State before) {
        if (before.equals(START)) {
            if (text.equals("---")) {
                return whole(text, FRONT_MATTER, "md-front-matter", "md-marker");
            }
            before = PLAIN;
        }
        if (before.equals(FRONT_MATTER)) {
            boolean closes = text.equals("---") || text.equals("...");
            return closes ? whole(text, PLAIN, "md-front-matter", "md-marker") : whole(text, FRONT_MATTER,
                    "md-front-matter");
        }
        if (!before.equals(PLAIN)) {
            return inFence(text, before);
        }
        Matcher fence = FENCE.matcher(text);
        if (fence.find()) {
            return whole(text, new State(fence.group(1)), "md-fence");
        }
        if (ListLine.isThematicBreak(text) || SETEXT.matcher(text).matches()) {
            return whole(text, PLAIN, "md-rule");
        }
        int[] kinds = new int[text.length()];
        List<String> lineClasses = new ArrayList<>(2);
        int from = 0;
        Matcher heading = PageTitle.ATX.matcher(text);
        Matcher quote = QUOTE.matcher(text);
        if (heading.matches()) {
            int level = heading.group(1).length();
            lineClasses.add("md-heading");
            lineClasses.add("md-h" + level);
            mark(kinds, heading.start(1), heading.end(1), MARKER);
            from = heading.end(1);
        } else if (quote.find()) {
            lineClasses.add("md-quote");
            mark(kinds, 0, quote.end(), MARKER);
            from = quote.end();
        }
        Optional<ListLine> item = heading.matches() ? Optional.empty() : ListLine.parseItem(text.substring(from));
        if (item.isPresent()) {
            ListLine li = item.get();
            int marker = from + li.indent().length();
            mark(kinds, marker, marker + li.marker().length(), LIST_MARKER);
            int box = from + li.prefix().length();
            if (li.hasBox()) {
                mark(kinds, box, box + 3, TASK_BOX);
                if (li.ticked()) {
                    lineClasses.add("md-done");
                }
            }
            from = box + li.box().length();
        }
        inline(text, from, kinds);
        return new Styled(spans(kinds, lineClasses), PLAIN);
    }

    private static Styled inFence(String text, State open) {
        Matcher m = FENCE.matcher(text);
        String marks = open.open();
        boolean closes = m.find() && m.group(1).charAt(0) == marks.charAt(0) && m.group(1).length() >= marks.length()
                && text.substring(m.end()).isBlank();
        return closes ? whole(text, PLAIN, "md-fence") : whole(text, open, "md-code-block");
    }

    /** Emphasis, code spans, links and URLs from {@code from} on; code spans first, nothing inside them counts. */
    private static void inline(String text, int from, int[] kinds) {
        boolean[] taken = new boolean[text.length()];
        codeSpans(text, from, kinds, taken);
        Matcher ref = REFERENCE.matcher(text);
        if (from == 0 && ref.find()) {
            mark(kinds, ref.start(1), ref.end(1), LINK_TEXT);
            mark(kinds, ref.start(2), ref.end(2), URL);
            take(taken, ref.start(), ref.end());
        }
        Matcher link = LINK.matcher(text).region(from, text.length());
        while (link.find()) {
            if (free(taken, link.start(), link.end())) {
                mark(kinds, link.start(1), link.end(1), MARKER);
                mark(kinds, link.start(2), link.end(2), LINK_TEXT);
                mark(kinds, link.start(3), link.end(3), MARKER);
                mark(kinds, link.start(4), link.end(4), URL);
                mark(kinds, link.start(5), link.end(5), MARKER);
                take(taken, link.start(3), link.end());
            }
        }
        Matcher refLink = REFERENCE_LINK.matcher(text).region(from, text.length());
        while (refLink.find()) {
            if (free(taken, refLink.start(), refLink.end())) {
                mark(kinds, refLink.start(1), refLink.end(1), MARKER);
                mark(kinds, refLink.start(2), refLink.end(2), LINK_TEXT);
                mark(kinds, refLink.start(3), refLink.end(3), MARKER);
                take(taken, refLink.start(3), refLink.end());
            }
        }
        Matcher url = AUTOLINK.matcher(text).region(from, text.length());
        while (url.find()) {
            if (free(taken, url.start(), url.end())) {
                mark(kinds, url.start(), url.end(), URL);
                take(taken, url.start(), url.end());
            }
        }
        delimited(STRONG, text, from, kinds, taken, STRONG_BIT);
        delimited(STRIKE, text, from, kinds, taken, STRIKE_BIT);
        delimited(EM_STAR, text, from, kinds, taken, EM);
        delimited(EM_UNDERSCORE, text, from, kinds, taken, EM);
    }

    /** `code`: a run of backticks closed by a run of the same length. */
    private static void codeSpans(String text, int from, int[] kinds, boolean[] taken) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = runOf(text, i);
            int close = i + run;
            int found = -1;
            while (close < text.length()) {
                if (text.charAt(close) == '`') {
                    int other = runOf(text, close);
                    if (other == run) {
                        found = close;
                        break;
                    }
                    close += other;
                } else {
                    close++;
                }
            }
            if (found < 0) {
                i += run;
                continue;
            }
            mark(kinds, i, found + run, CODE);
            mark(kinds, i, i + run, MARKER);
            mark(kinds, found, found + run, MARKER);
            take(taken, i, found + run);
            i = found + run;
        }
    }

    private static int runOf(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - at;
    }

    private static void delimited(Pattern pattern, String text, int from, int[] kinds, boolean[] taken, int bit) {
        Matcher m = pattern.matcher(text).region(from, text.length());
        while (m.find()) {
            int open = m.group(1).length();
            if (free(taken, m.start(), m.start() + open) && free(taken, m.end() - open, m.end())) {
                mark(kinds, m.start(), m.end(), bit);
                mark(kinds, m.start(), m.start() + open, MARKER);
                mark(kinds, m.end() - open, m.end(), MARKER);
            }
        }
    }

    private static void mark(int[] kinds, int from, int to, int bit) {
        for (int i = Math.max(0, from); i < to && i < kinds.length; i++) {
            kinds[i] |= bit;
        }
    }

    private static void take(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static Styled whole(String text, State after, String... classes) {
        List<Span> spans = text.isEmpty() ? List.of() : List.of(new Span(text.length(), classes(List.of(classes), 0)));
        return new Styled(spans, after);
    }

    private static List<Span> spans(int[] kinds, List<String> lineClasses) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= kinds.length; i++) {
            if (i == kinds.length || kinds[i] != kinds[start]) {
                out.add(new Span(i - start, classes(lineClasses, kinds[start])));
                start = i;
            }
        }
        return out;
    }

    private static List<String> classes(List<String> lineClasses, int bits) {
        String key = String.join(" ", lineClasses) + "/" + bits;
        return CLASSES.computeIfAbsent(key, k -> {
            List<String> all = new ArrayList<>(lineClasses);
            for (int b = 0; b < BIT_CLASSES.length; b++) {
                if ((bits & (1 << b)) != 0) {
                    all.add(BIT_CLASSES[b]);
                }
            }
            return List.copyOf(all);
        });
    }
}
