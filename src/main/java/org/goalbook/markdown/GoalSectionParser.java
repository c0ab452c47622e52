package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.LinkedName;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Stance;

/**
 * Reads one "My Goals in YYYY" section line by line into drafts: the year, its Strategic and Tactical headings,
 * goals, areas, topics, stance lines and skill items. Lines it does not read as goals become the tail of the node
 * before them, exactly as written. Nesting uses an explicit stack, so any depth is fine.
 */
final class GoalSectionParser {
    /** "Maintain: a, b" and the other stance words, any case: the stance lines of a journal. */
    static final Pattern STANCE_LINE = Pattern.compile(
            "^(maintain|improve|explore|skip|adopt|trial|assess|hold)[ \\t]*:[ \\t]*(.*)$", Pattern.CASE_INSENSITIVE);

    /** Written under an area that holds nothing yet: without a list after it, its line would not read as an area. */
    static final String EMPTY_AREA = "<!-- no topics yet -->";

    private final List<Line> lines;
    private final DraftList drafts;

    private record Open(int key, Draft node) {
    }

    private enum Mode { GOALS, STRATEGIC, TACTICAL }

    GoalSectionParser(List<Line> lines, DraftList drafts) {
        this.lines = lines;
        this.drafts = drafts;
    }

    /** Reads lines [from, to); the line at {@code from} is the year's heading. */
    void parse(int from, int to, String year) {
        Draft yearNode = drafts.root(NodeKind.YEAR);
        yearNode.name = year;
        yearNode.lead = lines.get(from).raw();
        int yearLevel = Heading.parse(lines.get(from).text()).map(Heading::level).orElse(1);

        Mode mode = Mode.GOALS;
        Draft base = yearNode;
        Draft last = yearNode;
        List<Open> stack = new ArrayList<>();
        Fence fence = new Fence();
        boolean previousBlank = true;

        for (int i = from + 1; i < to; i++) {
            Line line = lines.get(i);
            String text = line.text();
            boolean code = fence.inCode(text);
            Optional<Heading> heading = code ? Optional.empty() : Heading.parseSection(text);
            Optional<ListLine> item = code || heading.isPresent() ? Optional.empty() : ListLine.parse(text);

            if (heading.isPresent() && heading.get().level() > yearLevel && section(heading.get()) != null) {
                NodeKind kind = section(heading.get());
                Draft sec = drafts.child(yearNode, kind);
                sec.name = kind == NodeKind.STRATEGIC ? "Strategic" : "Tactical";
                sec.lead = line.raw();
                mode = kind == NodeKind.STRATEGIC ? Mode.STRATEGIC : Mode.TACTICAL;
                base = sec;
                last = sec;
                stack.clear();
            } else if (item.isPresent()) {
                ListLine li = item.get();
                int key = li.nestingKey();
                while (!stack.isEmpty() && stack.get(stack.size() - 1).key() >= key) {
                    stack.remove(stack.size() - 1);
                }
                Draft parent = stack.isEmpty() ? base : stack.get(stack.size() - 1).node();
                Draft node = mode == Mode.TACTICAL ? tactical(parent, li, i) : goal(parent, li);
                node.lead = line.raw();
                stack.add(new Open(key, node));
                last = node;
            } else if (mode == Mode.TACTICAL && !code && heading.isEmpty() && previousBlank && isAreaLine(i, to)) {
                Draft area = drafts.child(base.kind == NodeKind.AREA ? drafts.parentOf(base) : base, NodeKind.AREA);
                area.name = text.strip();
                area.lead = line.raw();
                if (i + 1 < to && lines.get(i + 1).text().strip().equals(EMPTY_AREA)) {
                    area.lead += lines.get(++i).raw();
                }
                base = area;
                last = area;
                stack.clear();
            } else {
                last.tail.append(line.raw());
            }
            previousBlank = line.isBlank() || heading.isPresent();
        }
    }

    private static NodeKind section(Heading h) {
        String t = h.title().toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "");
        return switch (t) {
            case "strategic" -> NodeKind.STRATEGIC;
            case "tactical" -> NodeKind.TACTICAL;
            default -> null;
        };
    }

    private Draft goal(Draft parent, ListLine li) {
        Draft d = drafts.child(parent, NodeKind.GOAL);
        d.name = li.content();
        d.link = LinkedName.urlOf(li.content());
        d.done = li.ticked();
        return d;
    }

    private Draft tactical(Draft parent, ListLine li, int index) {
        NodeKind parentKind = parent.kind;
        boolean groupLevel = parentKind == NodeKind.TACTICAL || parentKind == NodeKind.AREA;
        Matcher stance = li.hasBox() ? null : STANCE_LINE.matcher(li.content());
        if ((groupLevel || parentKind == NodeKind.TOPIC) && stance != null && stance.matches()) {
            Draft line = drafts.child(parent, NodeKind.STANCE_LINE);
            line.stance = Stance.parse(stance.group(1)).orElseThrow();
            line.name = line.stance.label();
            inlineItems(line, stance.group(2), line.stance);
            return line;
        }
        if (groupLevel && !li.hasBox()) {
            int start = InlineList.listStart(li.content());
            if (start > 0) {
                Draft topic = drafts.child(parent, NodeKind.TOPIC);
                topic.name = li.content().substring(0, li.content().lastIndexOf(':', start)).strip();
                inlineItems(topic, li.content().substring(start), null);
                return topic;
            }
            // "- App Frameworks" over stance lines, or "- Data stores:" over its items, as Goalbook writes a topic
            if (nextItemIsStanceLine(index, li.nestingKey()) || li.content().endsWith(":")) {
                Draft topic = drafts.child(parent, NodeKind.TOPIC);
                topic.name = li.content().replaceAll(":\\s*$", "").strip();
                return topic;
            }
        }
        Draft item = drafts.child(parent, NodeKind.ITEM);
        item.name = li.content();
        item.link = LinkedName.urlOf(li.content());
        item.done = li.ticked();
        item.stance = parentKind == NodeKind.STANCE_LINE ? parent.stance : null;
        return item;
    }

    private void inlineItems(Draft parent, String list, Stance stance) {
        for (String raw : InlineList.split(list)) {
            InlineList.Token t = InlineList.token(raw);
            Draft item = drafts.child(parent, NodeKind.ITEM);
            item.inline = true;
            item.lead = t.raw();
            item.name = t.name();
            item.link = t.link();
            item.done = t.done();
            item.doneOn = t.doneOn();
            item.stance = stance;
        }
    }

    private boolean nextItemIsStanceLine(int index, int key) {
        Fence fence = new Fence();
        for (int j = index + 1; j < lines.size(); j++) {
            String text = lines.get(j).text();
            if (fence.inCode(text) || text.isBlank()) {
                continue;
            }
            Optional<ListLine> next = ListLine.parse(text);
            if (next.isEmpty()) {
                if (Line.indentWidth(text) == 0 || Heading.parse(text).isPresent()) {
                    return false;
                }
                continue;
            }
            return next.get().nestingKey() > key && !next.get().hasBox()
                    && STANCE_LINE.matcher(next.get().content()).matches();
        }
        return false;
    }

    /**
     * A short one-line paragraph such as "Front End", after a blank line, followed by a list, and not ending like a
     * sentence: an area heading.
     */
    private boolean isAreaLine(int index, int to) {
        String text = lines.get(index).text();
        String t = text.strip();
        if (t.isEmpty() || t.length() > 80 || Line.indentWidth(text) >= 4 || ListLine.parse(text).isPresent()
                || ".!?:;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        int j = index + 1;
        if (j < to && lines.get(j).text().strip().equals(EMPTY_AREA)) {
            return true;
        }
        if (j < to && !lines.get(j).isBlank() && ListLine.parse(lines.get(j).text()).isEmpty()) {
            return false;
        }
        while (j < to && lines.get(j).isBlank()) {
            j++;
        }
        if (j >= to) {
            return false;
        }
        Optional<ListLine> next = ListLine.parse(lines.get(j).text());
        return next.isPresent() && next.get().indentWidth() < 4;
    }
}
