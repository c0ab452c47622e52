package org.goalbook.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.fxmisc.richtext.CodeArea;
import org.goalbook.markdown.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing reaches the preview as edits at once, and the slower work runs once per burst of keys. */
@ExtendWith(ApplicationExtension.class)
class TextBurstsTest extends FxRobot {
    private final List<String> calls = new ArrayList<>();
    private CodeArea area;
    private TextBursts bursts;

    @Start
    void start(Stage stage) {
        area = new CodeArea("note");
        bursts = new TextBursts(area);
        bursts.onEdits(edits -> calls.add("edits " + edits));
        bursts.onBurst(() -> calls.add("burst"));
        bursts.onCaret(() -> calls.add("caret"));
        stage.setScene(new Scene(area, 300, 200));
        stage.show();
    }

    @Test
    void eachChangeIsHandedOnAsItIsMadeAndTheBurstsWorkRunsOnceAfterThem() throws Exception {
        List<String> inTheSameTurn = WaitForAsyncUtils.asyncFx(() -> {
            area.insertText(4, "s");
            area.insertText(5, "!");
            return List.copyOf(calls);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("edits " + List.of(new TextEdit(4, 4, "s")), "edits " + List.of(new TextEdit(5, 5, "!"))),
                inTheSameTurn, "the edits went on while the keys were handled, the burst's work waits");
        assertEquals(List.of("burst", "caret"), calls.subList(2, calls.size()), "then once for both keys");
    }

    @Test
    void aQuietChangeIsNotHandedOn() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> bursts.quietly(() -> area.replaceText("another note"))).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), calls);
    }
}
