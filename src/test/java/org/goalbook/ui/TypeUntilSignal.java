package org.goalbook.ui;

import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Window;

import org.fxmisc.richtext.CodeArea;
import org.goalbook.app.Main;
import org.goalbook.model.NodeKind;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.tree.GoalTree;
import org.goalbook.ui.tree.Row;

/**
 * The child process of {@link SignalTest}: starts Goalbook as a user does ({@code Main --notebook FILE}), selects the
 * notebook's page as a click on its row would, and types a letter into its notes every 40 ms through the editor's own
 * text (as a key press changes it), printing {@code typed N} with the editor's length after each, until the process
 * ends.
 */
public final class TypeUntilSignal {
    private TypeUntilSignal() {
    }

    public static void main(String[] args) {
        Thread typist = new Thread(TypeUntilSignal::type, "typist");
        typist.setDaemon(true);
        typist.start();
        Main.main(new String[] {"--notebook", args[0]});
    }

    private static void type() {
        try {
            AtomicReference<CodeArea> editor = new AtomicReference<>();
            while (editor.get() == null) {
                Thread.sleep(100);
                try {
                    Platform.runLater(() -> Window.getWindows().stream().filter(w -> w.getScene() != null)
                            .findFirst().ifPresent(w -> {
                                if (w.getScene().lookup("#" + GoalTree.ID) instanceof TreeView<?> tree
                                        && tree.getRoot() != null) {
                                    @SuppressWarnings("unchecked")
                                    TreeView<Row> rows = (TreeView<Row>) tree;
                                    selectPage(rows, rows.getRoot());
                                }
                                if (w.getScene().lookup("#" + EditorPane.EDITOR_ID) instanceof CodeArea area
                                        && !area.isDisabled() && !area.getText().isEmpty()) {
                                    editor.set(area);
                                }
                            }));
                } catch (IllegalStateException notYet) {
                    // JavaFX has not started yet.
                }
            }
            while (true) {
                Platform.runLater(() -> {
                    editor.get().appendText("x");
                    System.out.println("typed " + editor.get().getLength());
                });
                Thread.sleep(40);
            }
        } catch (InterruptedException | IllegalStateException e) {
            // The process is ending.
        }
    }

    private static boolean selectPage(TreeView<Row> tree, TreeItem<Row> item) {
        Row row = item.getValue();
        if (row != null && row.node() != null && row.node().kind() == NodeKind.PAGE) {
            for (TreeItem<Row> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            if (tree.getSelectionModel().getSelectedItem() != item) {
                tree.getSelectionModel().select(item);
            }
            return true;
        }
        for (TreeItem<Row> child : item.getChildren()) {
            if (selectPage(tree, child)) {
                return true;
            }
        }
        return false;
    }
}
