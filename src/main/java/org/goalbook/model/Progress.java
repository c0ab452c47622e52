package org.goalbook.model;

/** Done out of total items below a node; skipped items count in neither. */
public record Progress(int done, int total) {
    /** Completed share from 0 to 1; 0 when there is nothing to do. */
    public double fraction() {
        return total == 0 ? 0 : (double) done / total;
    }

    @Override
    public String toString() {
        return done + "/" + total;
    }
}
