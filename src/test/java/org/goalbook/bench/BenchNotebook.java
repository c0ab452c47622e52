package org.goalbook.bench;

import java.util.ArrayList;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

/** A large notebook for the benchmark: 10 years of 5 areas × 4 topics × 4 stance lines × 50 items, and pages. */
final class BenchNotebook {
    static final int YEARS = 10;
    static final int AREAS = 5;
    static final int TOPICS = 4;
    static final int ITEMS_PER_TOPIC = 50;

    private final List<Node> nodes = new ArrayList<>();
    private long nextId = 1;
    private int itemsPerTopic = ITEMS_PER_TOPIC;

    private BenchNotebook() {
    }

    static Notebook build() {
        return build(ITEMS_PER_TOPIC);
    }

    /** The same shape with {@code itemsPerTopic} items under each topic (275: 55,000 items). */
    static Notebook build(int itemsPerTopic) {
        BenchNotebook b = new BenchNotebook();
        b.itemsPerTopic = itemsPerTopic;
        for (int page = 0; page < 10; page++) {
            b.add(0, page, NodeKind.PAGE, "Page " + page, null, false, "## Page " + page + "\n\n"
                    + "Notes about kubernetes, observability and the books I read this month. ".repeat(30));
        }
        for (int y = 0; y < YEARS; y++) {
            long year = b.add(0, 10 + y, NodeKind.YEAR, String.valueOf(2016 + y), null, false, "");
            long strategic = b.add(year, 0, NodeKind.STRATEGIC, "Strategic", null, false, "");
            for (int g = 0; g < 3; g++) {
                long goal = b.add(strategic, g, NodeKind.GOAL, "Strategic goal " + g + " of " + (2016 + y), null,
                        g == 0, "");
                b.add(goal, 0, NodeKind.GOAL, "Sub-point of goal " + g, null, false, "");
            }
            long tactical = b.add(year, 1, NodeKind.TACTICAL, "Tactical", null, false, "");
            for (int a = 0; a < AREAS; a++) {
                long area = b.add(tactical, a, NodeKind.AREA, "Area " + a, null, false, "");
                for (int t = 0; t < TOPICS; t++) {
                    long topic = b.add(area, t, NodeKind.TOPIC, "Topic " + a + "." + t, null, false, "");
                    b.stanceLines(topic);
                }
            }
        }
        return new Notebook(NotebookMeta.empty(), new Outline(b.nodes), List.of());
    }

    /** The topic's items, spread over the four stance lines (13, 13, 12, 12). */
    private void stanceLines(long topic) {
        int item = 0;
        for (Stance stance : Stance.values()) {
            long line = add(topic, stance.ordinal(), NodeKind.STANCE_LINE, stance.label(), stance, false, "");
            int count = itemsPerTopic / 4 + (stance.ordinal() < itemsPerTopic % 4 ? 1 : 0);
            for (int i = 0; i < count; i++, item++) {
                String notes = item % 5 == 0 ? "## Notes\n- a course on skill " + item + "\n- a link or two\n" : "";
                nodes.add(new Node(nextId++, line, i, NodeKind.ITEM, "Skill " + topic + "-" + item, stance,
                        item % 3 == 0, item % 3 == 0 ? java.time.LocalDate.of(2022, 5, 1) : null, null, notes, true,
                        null));
            }
        }
    }

    private long add(long parent, int position, NodeKind kind, String name, Stance stance, boolean done,
                     String notes) {
        long id = nextId++;
        nodes.add(new Node(id, parent, position, kind, name, stance, done,
                done ? java.time.LocalDate.of(2022, 1, 1) : null, null, notes, false, null));
        return id;
    }
}
