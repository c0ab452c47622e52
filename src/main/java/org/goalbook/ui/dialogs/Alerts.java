package org.goalbook.ui.dialogs;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The window's message dialogs: a failure with what the user can do, and a yes/no question with named buttons. */
public final class Alerts {
    private Alerts() {
    }

    /** Shows what went wrong (one line naming the file or thing) and what the user can do about it. */
    public static void error(Window owner, String title, String message, String whatToDo) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message + (whatToDo == null || whatToDo.isBlank() ? "" : "\n\n" + whatToDo));
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    /** Asks before something that cannot be undone; true when the user chose {@code doIt}. */
    public static boolean confirm(Window owner, String title, String header, String details, String doIt) {
        ButtonType yes = new ButtonType(doIt, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("confirmDialog");
        // Cancel is the default: pressing Enter by habit must not replace a notebook.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /**
     * Asks which of {@code choices} to do, with Cancel beside them (the default); the index of the choice, or -1 for
     * Cancel and a closed dialog.
     */
    public static int choose(Window owner, String title, String header, String details, String... choices) {
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (String choice : choices) {
            buttons.add(new ButtonType(choice, ButtonBar.ButtonData.OTHER));
        }
        buttons.add(ButtonType.CANCEL);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("chooseDialog");
        for (ButtonType b : buttons) {
            javafx.scene.control.Button button = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(b);
            button.setDefaultButton(b == ButtonType.CANCEL);
            ButtonBar.setButtonUniformSize(button, false); // a choice's words are not cut to the width of "Cancel"
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.map(buttons::indexOf).filter(i -> i < choices.length).orElse(-1);
    }
}
