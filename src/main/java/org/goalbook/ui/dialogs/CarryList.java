package org.goalbook.ui.dialogs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.goalbook.model.CarryGroup;
import org.goalbook.model.Node;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

/**
 * The new-year dialog's list of what an earlier year can pass on: its goals and items grouped by area, a box per
 * line (carry it or not; a group's box does the whole area), and for a skill item the stance it takes in the new
 * year. Ticking a sub-point ticks its goal, since the sub-point is carried under it; unticking a goal unticks its
 * sub-points.
 */
final class CarryList {
    static final String ID = "carriedList";
    /** The box of one line: its id is this prefix and the old node's id. */
    static final String BOX_PREFIX = "carry-";
    /** The stance choice of one skill item: this prefix and the old node's id. */
    static final String STANCE_PREFIX = "stance-";
    private static final int DEEPEST_INDENT = 3;

    private final VBox lines = new VBox();
    private final ScrollPane pane = new ScrollPane(lines);
    private final Map<Long, CheckBox> boxes = new LinkedHashMap<>();
    private final Map<Long, ComboBox<Stance>> stances = new HashMap<>();
    private final Map<Long, Stance> asNow = new HashMap<>();
    private final Map<Long, Long> parents = new HashMap<>();
    private final Runnable changed;
    /** Set while one tick ticks or unticks others, so that the listeners do not answer each other. */
    private boolean following;

    /** @param changed told after every tick or stance choice, to update the dialog's summary */
    CarryList(Runnable changed) {
        this.changed = changed;
        lines.getStyleClass().add("carry-lines");
        pane.setId(ID);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("carry-list");
    }

    ScrollPane view() {
        return pane;
    }

    /** Lists the goals and items of {@code yearId}, the ones in {@code ticked} ticked; null lists nothing. */
    void show(Outline outline, Long yearId, Set<Long> ticked) {
        lines.getChildren().clear();
        boxes.clear();
        stances.clear();
        asNow.clear();
        parents.clear();
        if (yearId == null) {
            return;
        }
        for (CarryGroup group : CarryGroup.of(outline, yearId)) {
            CheckBox all = new CheckBox(group.name());
            all.getStyleClass().add("carry-group");
            lines.getChildren().add(all);
            String topic = null;
            for (CarryGroup.Line line : group.lines()) {
                if (line.depth() == 0 && !Objects.equals(topic, line.topic()) && line.topic() != null) {
                    Label t = new Label(line.topic());
                    t.getStyleClass().add("carry-topic");
                    lines.getChildren().add(t);
                }
                topic = line.depth() == 0 ? line.topic() : topic;
                lines.getChildren().add(row(outline, line, ticked.contains(line.node().id())));
            }
            List<CheckBox> members = group.lines().stream().map(l -> boxes.get(l.node().id())).toList();
            followGroup(all, members);
        }
    }

    private HBox row(Outline outline, CarryGroup.Line line, boolean ticked) {
        Node n = line.node();
        CheckBox box = new CheckBox(n.displayName());
        box.setId(BOX_PREFIX + n.id());
        box.setSelected(ticked);
        box.getStyleClass().add("carry-line");
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        boxes.put(n.id(), box);
        outline.parent(n).filter(p -> p.kind().isTickable()).ifPresent(p -> parents.put(n.id(), p.id()));
        box.selectedProperty().addListener((obs, was, is) -> follow(n.id(), is));
        HBox row = new HBox(box);
        row.getStyleClass().addAll("carry-row-line", "carry-depth-" + Math.min(line.depth(), DEEPEST_INDENT));
        if (n.done()) {
            Label done = new Label("done" + (n.doneOn() == null ? "" : " " + n.doneOn()));
            done.getStyleClass().add("carry-done");
            row.getChildren().add(done);
        }
        if (line.stance() != null) {
            row.getChildren().add(stanceChoice(n.id(), line.stance(), box));
        }
        return row;
    }

    /** The stance the item takes in the new year: as now, or moved to another ring (shown with an arrow). */
    private ComboBox<Stance> stanceChoice(long id, Stance now, CheckBox box) {
        ComboBox<Stance> choice = new ComboBox<>();
        choice.getItems().setAll(Stance.values());
        choice.setValue(now);
        choice.setId(STANCE_PREFIX + id);
        choice.getStyleClass().add("carry-stance");
        choice.setAccessibleText("Stance of " + box.getText() + " in the new year");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stance s) {
                return s == null ? "" : s == now ? s.label() : now.label() + " \u2192 " + s.label();
            }

            @Override
            public Stance fromString(String s) {
                return null;
            }
        });
        choice.disableProperty().bind(box.selectedProperty().not());
        choice.valueProperty().addListener((obs, was, is) -> {
            choice.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("moved"), is != now);
            changed.run();
        });
        stances.put(id, choice);
        asNow.put(id, now);
        return choice;
    }

    /** Ticking a line ticks the goals above it; unticking it unticks the sub-points below it. */
    private void follow(long id, boolean ticked) {
        if (!following) {
            following = true;
            try {
                if (ticked) {
                    for (Long p = parents.get(id); p != null; p = parents.get(p)) {
                        boxes.get(p).setSelected(true);
                    }
                } else {
                    parents.forEach((child, parent) -> {
                        if (below(child, id)) {
                            boxes.get(child).setSelected(false);
                        }
                    });
                }
            } finally {
                following = false;
            }
        }
        changed.run();
    }

    private boolean below(long child, long ancestor) {
        for (Long p = parents.get(child); p != null; p = parents.get(p)) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A group's box ticks or unticks the whole group, and shows whether all, some or none of it is ticked. */
    private void followGroup(CheckBox all, List<CheckBox> members) {
        Runnable show = () -> {
            long on = members.stream().filter(CheckBox::isSelected).count();
            all.setIndeterminate(on > 0 && on < members.size());
            all.setSelected(on == members.size());
        };
        boolean[] busy = {false};
        members.forEach(m -> m.selectedProperty().addListener((obs, was, is) -> {
            if (!busy[0]) {
                busy[0] = true;
                show.run();
                busy[0] = false;
            }
        }));
        all.setOnAction(e -> {
            boolean on = all.isSelected();
            busy[0] = true;
            members.forEach(m -> m.setSelected(on));
            busy[0] = false;
            show.run();
        });
        show.run();
    }

    /** Ticks exactly the lines in {@code ids}. */
    void tick(Set<Long> ids) {
        following = true;
        try {
            boxes.forEach((id, box) -> box.setSelected(ids.contains(id)));
        } finally {
            following = false;
        }
        changed.run();
    }

    /** The ids of the ticked lines, in document order. */
    Set<Long> ticked() {
        Set<Long> out = new LinkedHashSet<>();
        boxes.forEach((id, box) -> {
            if (box.isSelected()) {
                out.add(id);
            }
        });
        return out;
    }

    /** The stances chosen other than the item's own, by the item's old id. */
    Map<Long, Stance> movedStances() {
        Map<Long, Stance> out = new HashMap<>();
        stances.forEach((id, choice) -> {
            if (choice.getValue() != null && choice.getValue() != asNow.get(id)) {
                out.put(id, choice.getValue());
            }
        });
        return out;
    }
}
