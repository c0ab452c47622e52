package org.goalbook.review;

/** How an item's ring changed since the previous year: what a radar marks with a star or an arrow. */
public enum Movement {
    /** Not on the previous year's radar (absent, without a stance, or there is no earlier year): a star. */
    NEW,
    /** In a ring nearer the centre (maintain) than before: a triangle pointing in. */
    MOVED_IN,
    /** In the same ring as before: a plain circle. */
    UNCHANGED,
    /** In a ring further out (towards skip) than before: a triangle pointing out. */
    MOVED_OUT;

    /** Compares a stance with the one before; {@code before} null means new. */
    static Movement between(org.goalbook.model.Stance before, org.goalbook.model.Stance now) {
        if (before == null) {
            return NEW;
        }
        int change = Integer.compare(now.ordinal(), before.ordinal());
        return change < 0 ? MOVED_IN : change > 0 ? MOVED_OUT : UNCHANGED;
    }
}
