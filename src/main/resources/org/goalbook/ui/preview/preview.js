/*
 * Goalbook preview page. Java sends each render as a patch: "replace removeCount blocks starting at start with
 * these blocks (HTML strings the renderer has already sanitized, passed as a JSON array), and move the source
 * offsets of the blocks after them by shift characters". Each block's nodes are remembered as a group, so a block
 * that parses into several nodes is still replaced as one. The page itself is never reloaded, so scroll position
 * and selection survive typing.
 *
 * A move is only noted per group (typing at the top of a long note would otherwise rewrite every offset attribute
 * of the page on every key): lookups add the group's pending move, and the attributes are written once something
 * reads them from outside, a click (the task box's offset) or Java asking for the page's HTML.
 */
(function () {
    "use strict";
    var groups = [];
    // Pending moves of each group's offsets, index for index with groups.
    var moves = [];
    // The same rules as SourceShift.java: only values of one to nine digits are moved.
    var POS = /^(\d{1,9})-(\d{1,9})$/;
    var TASK = /^\d{1,9}$/;

    function fragmentOf(html) {
        // A template's content is inert: nothing in it loads or runs until it is inserted.
        var template = document.createElement("template");
        template.innerHTML = html;
        return template.content;
    }

    function moveOffsets(element, shift) {
        var pos = POS.exec(element.getAttribute("data-pos") || "");
        if (pos) {
            element.setAttribute("data-pos", (parseInt(pos[1], 10) + shift) + "-" + (parseInt(pos[2], 10) + shift));
        }
        var task = element.getAttribute("data-task");
        if (task !== null && TASK.test(task)) {
            element.setAttribute("data-task", String(parseInt(task, 10) + shift));
        }
    }

    function moveGroup(group, shift) {
        for (var j = 0; j < group.length; j++) {
            var node = group[j];
            if (node.nodeType === Node.ELEMENT_NODE) {
                moveOffsets(node, shift);
                var inner = node.querySelectorAll("[data-pos],[data-task]");
                for (var k = 0; k < inner.length; k++) {
                    moveOffsets(inner[k], shift);
                }
            }
        }
    }

    // Writes every pending move into the attributes: the page then reads as a fresh render would.
    function settle() {
        for (var i = 0; i < groups.length; i++) {
            if (moves[i]) {
                moveGroup(groups[i], moves[i]);
                moves[i] = 0;
            }
        }
    }

    function patch(start, removeCount, blocks, shift) {
        var body = document.body;
        var removed = groups.splice(start, removeCount);
        for (var i = 0; i < removed.length; i++) {
            for (var j = 0; j < removed[i].length; j++) {
                body.removeChild(removed[i][j]);
            }
        }
        var next = start < groups.length ? groups[start][0] : null;
        var added = [];
        for (var k = 0; k < blocks.length; k++) {
            var fragment = fragmentOf(blocks[k]);
            var nodes = Array.prototype.slice.call(fragment.childNodes);
            if (nodes.length === 0) {
                // Keep one node per group so the next group always has an insertion point.
                nodes = [document.createTextNode("")];
                fragment.appendChild(nodes[0]);
            }
            body.insertBefore(fragment, next);
            added.push(nodes);
        }
        groups.splice.apply(groups, [start, 0].concat(added));
        moves.splice.apply(moves, [start, removed.length].concat(added.map(function () { return 0; })));
        if (shift) {
            // Text typed above these blocks moved their source offsets; the blocks themselves stay as they are.
            for (var m = start + added.length; m < moves.length; m++) {
                moves[m] += shift;
            }
        }
    }

    function range(element, shift) {
        var parts = (element.getAttribute("data-pos") || "").split("-");
        return [parseInt(parts[0], 10) + shift, parseInt(parts[1], 10) + shift];
    }

    // Where group i starts in the note, NaN when its first node carries no offsets.
    function groupStart(i) {
        var node = groups[i][0];
        return node.nodeType === Node.ELEMENT_NODE && node.hasAttribute("data-pos") ? range(node, moves[i])[0] : NaN;
    }

    // The last group starting at or before the offset, -1 when none does; null when some group has no offsets.
    function groupAt(offset) {
        var low = 0, high = groups.length - 1, found = -1;
        while (low <= high) {
            var mid = (low + high) >> 1;
            var start = groupStart(mid);
            if (isNaN(start)) {
                return null;
            }
            if (start <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    // The innermost block whose source range holds the offset, else the last block that starts before it; with
    // the offset it starts at. Top-level blocks are in source order, so only the group found and the one above it
    // are searched, unless a group without offsets makes the order unknown.
    function blockAt(offset) {
        var best = null, bestLength = Infinity, before = null, beforeStart = -1;
        var at = groupAt(offset);
        var from = at === null ? 0 : Math.max(0, at - 1);
        var to = at === null ? groups.length - 1 : at;
        for (var g = from; g <= to; g++) {
            for (var j = 0; j < groups[g].length; j++) {
                var node = groups[g][j];
                if (node.nodeType !== Node.ELEMENT_NODE) {
                    continue;
                }
                var candidates = [node].concat(Array.prototype.slice.call(node.querySelectorAll("[data-pos]")));
                for (var i = 0; i < candidates.length; i++) {
                    if (!candidates[i].hasAttribute("data-pos")) {
                        continue;
                    }
                    var r = range(candidates[i], moves[g]);
                    if (isNaN(r[0]) || isNaN(r[1])) {
                        continue;
                    }
                    if (r[0] <= offset && offset <= r[1] && r[1] - r[0] <= bestLength) {
                        best = { element: candidates[i], start: r[0] };
                        bestLength = r[1] - r[0];
                    }
                    if (r[0] <= offset && r[0] >= beforeStart) {
                        before = { element: candidates[i], start: r[0] };
                        beforeStart = r[0];
                    }
                }
            }
        }
        return best || before;
    }

    function scrollToElement(element) {
        if (element) {
            var top = element.getBoundingClientRect().top + window.pageYOffset - 8;
            window.scrollTo(window.pageXOffset, Math.max(0, top));
        }
    }

    // Following the editor's caret without fighting the user: a block already in view is left where it is, and
    // once the page was scrolled by hand (it is not where the last follow left it), typing in the same block no
    // longer scrolls; the caret going to another block follows again.
    var followedY = null;
    var pausedStart = null;

    function follow(offset) {
        var found = blockAt(offset);
        if (!found) {
            return;
        }
        var block = found.element;
        var start = found.start;
        if (followedY !== null && window.pageYOffset !== followedY) {
            pausedStart = start;
        }
        if (pausedStart !== null && pausedStart === start) {
            followedY = window.pageYOffset;
            return;
        }
        pausedStart = null;
        var r = block.getBoundingClientRect();
        if (r.bottom <= 0 || r.top >= window.innerHeight) {
            scrollToElement(block);
        }
        followedY = window.pageYOffset;
    }

    Object.defineProperty(window, "goalbookPreview", {
        value: Object.freeze({
            patch: patch,
            scrollToOffset: follow,
            html: function () {
                settle();
                return document.body.innerHTML;
            },
            scrollToAnchor: function (id) {
                var decoded = id;
                try { decoded = decodeURIComponent(id); } catch (e) { /* not percent-encoded */ }
                scrollToElement(document.getElementById(id) || document.getElementById(decoded));
            }
        }),
        writable: false,
        configurable: false
    });
    // Before any click reaches Java's listener (on the document), the clicked task box carries its real offset.
    window.addEventListener("click", settle, true);
}());
