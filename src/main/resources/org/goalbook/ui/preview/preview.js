/*
 * Goalbook preview page. Java sends each render as a patch: "replace removeCount blocks starting at start with
 * these blocks (HTML strings the renderer has already sanitized, passed as a JSON array), and move the source
 * offsets of the blocks after them by shift characters". Each block's nodes are remembered as a group, so a block
 * that parses into several nodes is still replaced as one. The page itself is never reloaded, so scroll position
 * and selection survive typing.
 */
(function () {
    "use strict";
    var groups = [];
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

    // Text typed above these blocks moved their source offsets; the blocks themselves stay as they are.
    function shiftGroups(from, shift) {
        for (var i = from; i < groups.length; i++) {
            for (var j = 0; j < groups[i].length; j++) {
                var node = groups[i][j];
                if (node.nodeType === Node.ELEMENT_NODE) {
                    moveOffsets(node, shift);
                    var inner = node.querySelectorAll("[data-pos],[data-task]");
                    for (var k = 0; k < inner.length; k++) {
                        moveOffsets(inner[k], shift);
                    }
                }
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
        if (shift) {
            shiftGroups(start + added.length, shift);
        }
    }

    function range(element) {
        var parts = (element.getAttribute("data-pos") || "").split("-");
        return [parseInt(parts[0], 10), parseInt(parts[1], 10)];
    }

    // The innermost block whose source range holds the offset, else the last block that starts before it.
    function blockAt(offset) {
        var best = null, bestLength = Infinity, before = null, beforeStart = -1;
        var candidates = document.body.querySelectorAll("[data-pos]");
        for (var i = 0; i < candidates.length; i++) {
            var r = range(candidates[i]);
            if (isNaN(r[0]) || isNaN(r[1])) {
                continue;
            }
            if (r[0] <= offset && offset <= r[1] && r[1] - r[0] <= bestLength) {
                best = candidates[i];
                bestLength = r[1] - r[0];
            }
            if (r[0] <= offset && r[0] >= beforeStart) {
                before = candidates[i];
                beforeStart = r[0];
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
        var block = blockAt(offset);
        if (!block) {
            return;
        }
        var start = range(block)[0];
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
            scrollToAnchor: function (id) {
                var decoded = id;
                try { decoded = decodeURIComponent(id); } catch (e) { /* not percent-encoded */ }
                scrollToElement(document.getElementById(id) || document.getElementById(decoded));
            }
        }),
        writable: false,
        configurable: false
    });
}());
