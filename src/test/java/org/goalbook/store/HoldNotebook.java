package org.goalbook.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;

/**
 * A second Goalbook process for the locking tests: opens the notebook, adds a page named by the second argument,
 * prints "open", and keeps the notebook open until it reads a line on stdin (or is killed). Prints "refused: …"
 * and exits with 2 when the notebook cannot be opened.
 */
public final class HoldNotebook {
    private HoldNotebook() {
    }

    public static void main(String[] args) throws Exception {
        NotebookStore store;
        try {
            store = NotebookStore.open(Path.of(args[0]));
        } catch (NotebookException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(2);
            return;
        }
        int position = store.outline().roots().size();
        Node page = new Node(0, 0, position, NodeKind.PAGE, args[1], null, false, null, null, "text", false, null);
        store.apply(List.of(new Change.Put(page)));
        System.out.println("open");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        store.close();
    }
}
