package org.goalbook.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

import org.goalbook.ui.model.WindowModel;

/** The line at the bottom of the window: short notices (an edit refused, an export done) and the notebook's file. */
public final class StatusBar {
    public static final String MESSAGE_ID = "statusMessage";
    static final String WARNING = "status-warning";
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final HBox bar = new HBox();
    private final Label message = new Label();
    private final Label file = new Label();
    private final PauseTransition fade = new PauseTransition(SHOWN_FOR);
    private final WindowModel model;

    public StatusBar(WindowModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("status-message");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        file.getStyleClass().add("status-file");
        bar.getChildren().addAll(message, file);
    }

    private void initListeners() {
        model.notice().addListener((obs, was, is) -> {
            message.getStyleClass().remove(WARNING);
            message.setText(is);
            if (model.noticeIsWarning().get()) {
                message.getStyleClass().add(WARNING);
            }
            fade.playFromStart();
        });
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.session() == null ? "" : model.session().path().toString(), model.sessionProperty()));
        fade.setOnFinished(e -> {
            message.setText("");
            message.getStyleClass().remove(WARNING);
        });
    }

    public HBox view() {
        return bar;
    }

    /** A notice that goes away by itself. */
    public void info(String text) {
        model.info(text);
    }

    /** Something the user tried could not be done; nothing changed. Shown without a dialog to click away. */
    public void warn(String text) {
        model.warn(text);
    }

    public String message() {
        return message.getText();
    }
}
