package org.goalbook.exchange;

import org.goalbook.model.Notebook;

/** A year's skill items as a technology radar: ThoughtWorks "Build Your Own Radar" CSV or Zalando tech-radar JSON. */
public final class RadarExport {
    private RadarExport() {
    }

    public static String csv(Notebook notebook, int year) {
        throw new UnsupportedOperationException("TODO");
    }

    public static String json(Notebook notebook, int year) {
        throw new UnsupportedOperationException("TODO");
    }
}
