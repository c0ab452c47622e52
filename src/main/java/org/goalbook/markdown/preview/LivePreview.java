package org.goalbook.markdown.preview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import org.goalbook.markdown.TextEdit;

/**
 * The preview of a note as it is typed. The first text is rendered whole; after that an edit re-parses and
 * re-sanitizes only the top-level blocks it touches, with one untouched block on each side, and moves the source
 * offsets of the blocks below it. The result is always the HTML a full render of the new text gives
 * ({@code LivePreviewTest} checks it); where a part could render differently on its own, the whole note is
 * rendered again: a note with raw HTML (it can leave elements open across blocks) or link reference definitions
 * (they are global), front matter met away from the top, a fence, list or paragraph that now runs on past the
 * re-parsed blocks, or a heading whose id numbering the headings below depend on (see
 * {@code decisions/preview-incremental-render.md}). Not thread-safe: one per preview, fed by one render thread.
 */
public final class LivePreview {
    private final PreviewRenderer renderer;
    private final HeadingIds headingIds;
    private String text;
    private RenderedPreview shown;
    /** The note's top-level blocks; null when the note can only be rendered whole. */
    private List<Part> parts;
    private int wholeRenders;

    /**
     * One top-level block: its span (from the start of its first line to the start of the next block's first
     * line, so the spans tile the note), its node's offsets, its HTML and the base ids of the headings in it.
     */
    private record Part(int span, int start, int end, PreviewBlock block, List<String> headings) {
        Part moved(int by) {
            return new Part(span + by, start + by, end + by, block.moved(by), headings);
        }
    }

    public LivePreview(PreviewRenderer renderer) {
        this.renderer = renderer;
        this.headingIds = renderer.headingIds();
    }

    /** The preview of this text: the blocks an edit since the last call touched are rendered, or all of them. */
    public RenderedPreview render(String markdown) {
        String next = markdown == null ? "" : markdown;
        if (text != null && parts != null) {
            RenderedPreview partly = renderEdit(next);
            if (partly != null) {
                return partly;
            }
        }
        return renderWhole(next);
    }

    /** How many renders so far went over the whole note (the first one included); tests read it. */
    public int wholeRenders() {
        return wholeRenders;
    }

    private RenderedPreview renderWhole(String next) {
        wholeRenders++;
        text = next;
        parts = null;
        try {
            ParsedMarkdown parsed = renderer.parse(next);
            shown = renderer.render(parsed);
            parts = partsOf(parsed.document(), next, 0, shown.parts());
        } catch (StackOverflowError e) {
            shown = renderer.renderBlocks(next); // says the note is nested too deeply
        }
        return shown;
    }

    /** The new preview from the blocks the edit touched, or null where only a whole render is right. */
    private RenderedPreview renderEdit(String next) {
        int oldLength = text.length();
        TextEdit edit = TextEdit.between(text, next);
        if (edit.isEmpty()) {
            return shown;
        }
        int delta = edit.delta();
        int n = parts.size();
        if (n == 0) {
            return null;
        }
        // The blocks whose spans hold the edit and the character after it, and one more on each side: an edit can
        // join a line to the block above (a lazy paragraph line) or below (a removed line break).
        int first = Math.max(0, partAt(edit.from()) - 1);
        int lastTouched = partAt(edit.endBefore());
        int last = Math.min(n - 1, lastTouched + 1);
        int from = parts.get(first).span();
        int to = last + 1 < n ? parts.get(last + 1).span() : oldLength;
        String region = next.substring(from, to + delta);
        try {
            ParsedMarkdown parsed = renderer.parse(region);
            if (!numberHeadings(parsed.document(), first, last)) {
                return null;
            }
            RenderedPreview rendered = renderer.render(parsed);
            List<Part> fresh = partsOf(parsed.document(), region, from, rendered.parts());
            if (fresh == null || last > lastTouched && !sameAfterEdit(fresh, parts.get(last), delta)) {
                return null;
            }
            List<Part> merged = new ArrayList<>(n - (last - first + 1) + fresh.size());
            merged.addAll(parts.subList(0, first));
            merged.addAll(fresh);
            for (int k = last + 1; k < n; k++) {
                merged.add(parts.get(k).moved(delta));
            }
            text = next;
            parts = merged;
            shown = new RenderedPreview(merged.stream().map(Part::block).toList());
            return shown;
        } catch (StackOverflowError e) {
            return null;
        }
    }

    /**
     * The block after the edit must come out of the re-parse exactly as before, only moved: then the parse is back
     * in step, and everything below parses as it did. A fence or list that now runs on fails this.
     */
    private static boolean sameAfterEdit(List<Part> fresh, Part before, int delta) {
        if (fresh.isEmpty()) {
            return false;
        }
        Part after = fresh.get(fresh.size() - 1);
        return after.start() == before.start() + delta && after.end() == before.end() + delta
                && after.block().html().equals(before.block().moved(delta).html());
    }

    /**
     * Gives the re-parsed headings the ids a whole render gives them ("log", "log-1" … counted from the top of the
     * note). False when the edit changes which ids the headings below the re-parsed blocks get.
     */
    private boolean numberHeadings(Document region, int first, int last) {
        List<HeadingIds.Target> targets = headingIds.targets(region);
        Map<String, Integer> before = new HashMap<>();
        for (int k = 0; k < first; k++) {
            for (String base : parts.get(k).headings()) {
                before.merge(base, 1, Integer::sum);
            }
        }
        Map<String, Integer> change = new HashMap<>();
        for (int k = first; k <= last; k++) {
            for (String base : parts.get(k).headings()) {
                change.merge(base, -1, Integer::sum);
            }
        }
        for (HeadingIds.Target target : targets) {
            if (target.base() != null) {
                if (target.base().isEmpty()) {
                    return false; // flexmark numbers an empty id itself; rare enough to render whole
                }
                change.merge(target.base(), 1, Integer::sum);
                int seen = before.merge(target.base(), 1, Integer::sum) - 1;
                target.number(seen);
            }
        }
        change.values().removeIf(count -> count == 0);
        if (!change.isEmpty()) {
            for (int k = last + 1; k < parts.size(); k++) {
                for (String base : parts.get(k).headings()) {
                    if (change.containsKey(base)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The parts of a parsed text that starts at {@code base} in the note, or null when the text holds something a
     * part cannot be rendered alone for.
     */
    private List<Part> partsOf(Document document, String source, int base, List<PreviewBlock> blocks) {
        List<Part> found = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (base > 0 && node instanceof YamlFrontMatterBlock || !standsAlone(node)) {
                return null;
            }
            int k = found.size();
            if (k >= blocks.size()) {
                return null;
            }
            int span = k == 0 ? 0 : source.lastIndexOf('\n', node.getStartOffset() - 1) + 1;
            PreviewBlock block = base == 0 ? blocks.get(k) : PreviewBlock.of(blocks.get(k).moved(base).html());
            found.add(new Part(base + span, base + node.getStartOffset(), base + node.getEndOffset(), block,
                    headingIds.bases(node)));
        }
        // Each top-level block must give exactly one block of HTML, or the parts and the blocks would not pair up.
        return found.size() == blocks.size() ? found : null;
    }

    private static boolean standsAlone(Node block) {
        if (block instanceof Reference || block instanceof HtmlBlockBase) {
            return false;
        }
        for (Node node : block.getDescendants()) {
            if (node instanceof Reference || node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                return false;
            }
        }
        return true;
    }

    /** The last part whose span starts at or before the offset. */
    private int partAt(int offset) {
        int low = 0;
        int high = parts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (parts.get(mid).span() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
