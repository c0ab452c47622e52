package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;


import org.goalbook.model.Stance;
import org.goalbook.ui.model.ViewOptions;
import org.goalbook.ui.tree.TreeFilter;
import org.junit.jupiter.api.Test;

/** Window settings in their own preferences node, and the view options that read and write them. */
class SettingsTest {
    private final Preferences prefs = new MemoryPreferences();
    private final Settings settings = new Settings(prefs);

    @Test
    void recentNotebooksKeepTheLatestFirstWithoutRepeats() {
        for (int i = 0; i < 10; i++) {
            settings.addRecent(Path.of("/notes/n" + i + ".goalbook"));
        }
        settings.addRecent(Path.of("/notes/n5.goalbook"));

        List<Path> recent = settings.recentNotebooks();
        assertEquals(8, recent.size());
        assertEquals(Path.of("/notes/n5.goalbook"), recent.get(0));
        assertEquals(Path.of("/notes/n9.goalbook"), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.endsWith("n5.goalbook")).count());
        assertEquals(recent.get(0), settings.lastNotebook().orElseThrow());
    }

    @Test
    void windowPlaceAndDividersAreRememberedAndFontSizeStaysInRange() {
        assertTrue(settings.windowPlace().isEmpty());
        settings.setWindowPlace(new Settings.WindowPlace(10, 20, 900, 600, false));
        settings.setTreeDivider(0.4);
        settings.setFontSize(99);

        Settings again = new Settings(prefs);
        assertEquals(new Settings.WindowPlace(10, 20, 900, 600, false), again.windowPlace().orElseThrow());
        assertEquals(0.4, again.treeDivider());
        assertEquals(Settings.MAX_FONT_SIZE, again.fontSize());
    }

    @Test
    void viewOptionsStoreThemeFontAndPreviewAsTheyChange() {
        ViewOptions options = new ViewOptions(settings);
        options.darkTheme().set(true);
        options.fontBigger();
        options.previewShown().set(false);

        Settings again = new Settings(prefs);
        assertTrue(again.darkTheme());
        assertEquals(Settings.DEFAULT_FONT_SIZE + 1, again.fontSize());
        assertFalse(again.previewShown());
        assertEquals(Settings.DEFAULT_FONT_SIZE + 1, new ViewOptions(again).fontSize().get());
    }

    @Test
    void theTreeFilterFollowsTheOptions() {
        ViewOptions options = new ViewOptions(settings);
        options.hideDone().set(true);
        options.onlyStance().set(Stance.EXPLORE);
        options.matches().set(java.util.Set.of(3L));

        assertTrue(TreeFilter.of(options).get().hideDone());
        assertEquals(Stance.EXPLORE, TreeFilter.of(options).get().onlyStance());
        assertEquals(java.util.Set.of(3L), TreeFilter.of(options).get().matches());
    }

    @Test
    void aWindowRememberedOnABiggerScreenIsKeptOnTheSmallerOne() {
        Settings.WindowPlace big = new Settings.WindowPlace(1800, 900, 2400, 1400, false);
        Settings.WindowPlace fitted = big.within(0, 0, 1280, 800);

        assertEquals(new Settings.WindowPlace(0, 0, 1280, 800, false), fitted);
        Settings.WindowPlace small = new Settings.WindowPlace(1000, 500, 600, 400, false);
        assertEquals(new Settings.WindowPlace(680, 400, 600, 400, false), small.within(0, 0, 1280, 800),
                "moved back on screen, size kept");
        assertEquals(small, small.within(0, 0, 1920, 1080), "a place that fits stays");
    }
}
