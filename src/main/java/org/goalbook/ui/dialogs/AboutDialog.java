package org.goalbook.ui.dialogs;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help › About Goalbook. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(Window owner) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Goalbook");
        about.setHeaderText("Goalbook " + (version == null ? "(development build)" : version));
        about.setContentText("A notebook for yearly learning goals: strategic goals, tactical areas, a stance for "
                + "every skill, notes in Markdown.\n\nEvery change is stored as you make it; Ctrl+Z undoes it.\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version"));
        about.showAndWait();
    }
}
