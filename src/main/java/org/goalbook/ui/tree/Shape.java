package org.goalbook.ui.tree;

import java.util.List;

/** One line of the goal tree with the lines below it: what the tree should show, built without JavaFX. */
public record Shape(Row row, List<Shape> children) {
    public Shape {
        children = List.copyOf(children);
    }
}
