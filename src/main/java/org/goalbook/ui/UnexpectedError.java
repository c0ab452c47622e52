package org.goalbook.ui;

import javafx.application.Platform;
import javafx.stage.Window;

import org.goalbook.ui.dialogs.Alerts;

/**
 * The last line of defence: a failure nobody expected still gets a dialog, and the window stays usable. Every
 * change is stored as it is made, so nothing stored is lost.
 */
final class UnexpectedError {
    private static boolean showing;

    private UnexpectedError() {
    }

    static void show(Window owner, Throwable e) {
        e.printStackTrace();
        if (showing) {
            return; // one dialog at a time; the rest are on standard error
        }
        // Failures can come from layout or animation, where a dialog may not open: open it afterwards.
        Platform.runLater(() -> {
            showing = true;
            try {
                Alerts.error(owner, "Something went wrong", e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                        "Everything you changed so far is stored. You can go on working; if this happens "
                                + "again, restart Goalbook and report the steps that lead to it.");
            } finally {
                showing = false;
            }
        });
    }
}
