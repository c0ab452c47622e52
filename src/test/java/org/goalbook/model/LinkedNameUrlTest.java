package org.goalbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Setting an item's link writes its name as the journal's Markdown link. */
class LinkedNameUrlTest {
    @Test
    void aLinkIsSetChangedAndTakenAway() {
        assertEquals("[Remix](https://remix.run/)", LinkedName.withUrl("Remix", "https://remix.run/"));
        assertEquals("[Remix](https://remix.run/docs)",
                LinkedName.withUrl("[Remix](https://remix.run/)", " https://remix.run/docs "));
        assertEquals("Remix", LinkedName.withUrl("[Remix](https://remix.run/)", ""));
    }

    @Test
    void bracketsInAPlainNameAreEscapedSoTheLinkReadsBack() {
        String name = LinkedName.withUrl("C [the language]", "https://c.org/");
        assertEquals("https://c.org/", LinkedName.urlOf(name));
        assertEquals(name, LinkedName.withUrl(name, "https://c.org/"), "a link's text is not escaped twice");
    }

    @Test
    void aUrlTheLinkCannotHoldIsRefusedWithTheReason() {
        EditRefused refused = assertThrows(EditRefused.class, () -> LinkedName.withUrl("Remix", "remix run"));
        assertEquals("A link cannot hold spaces or parentheses: write them as %20, %28 and %29.",
                refused.getMessage());
    }
}
