package org.goalbook.exchange;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Resource;
import org.goalbook.model.Source;

/**
 * The JSON backup file as Jackson sees it (see docs/backup-format.md). Kept apart from the model so that the model
 * carries no Jackson annotations and the file format changes only when we decide it does.
 * Boxed numbers and strings for enums and dates let reading tell "missing" and "wrong" apart and say which.
 */
@JsonPropertyOrder({"format", "version", "meta", "nodes", "resources", "inbox"})
@JsonInclude(JsonInclude.Include.ALWAYS)
record BackupFile(String format, Integer version, Meta meta, List<NodeEntry> nodes, List<ResourceEntry> resources,
                  List<InboxItem> inbox) {
    static final String FORMAT = "goalbook-backup";
    /** 2 added {@code inbox}; version 1 files (no inbox) are still read. */
    static final int VERSION = 2;

    static BackupFile of(Notebook notebook) {
        NotebookMeta m = notebook.meta();
        Meta meta = new Meta(m.title(), m.date(), m.status(), m.author(), m.tags(), m.frontMatter(), m.lineEnding());
        List<NodeEntry> nodes = notebook.outline().preorder().stream().map(NodeEntry::of).toList();
        List<ResourceEntry> resources = notebook.resources().stream().map(ResourceEntry::of).toList();
        List<InboxItem> inbox = notebook.inbox().stream().map(InboxItem::of).toList();
        return new BackupFile(FORMAT, VERSION, meta, nodes, resources, inbox);
    }

    @JsonPropertyOrder({"title", "date", "status", "author", "tags", "frontMatter", "lineEnding"})
    record Meta(String title, String date, String status, String author, List<String> tags, String frontMatter,
                String lineEnding) {
        NotebookMeta toModel() {
            if (tags != null && tags.contains(null)) {
                throw BackupTree.broken("meta.tags holds an empty entry");
            }
            return new NotebookMeta(title, date, status, author, tags, frontMatter, lineEnding);
        }
    }

    @JsonPropertyOrder({"id", "parentId", "position", "kind", "name", "stance", "done", "doneOn", "link", "notes",
            "inline", "source"})
    record NodeEntry(Long id, Long parentId, Integer position, String kind, String name, String stance, Boolean done,
                     String doneOn, String link, String notes, Boolean inline, SourceEntry source) {
        static NodeEntry of(Node n) {
            return new NodeEntry(n.id(), n.parentId(), n.position(), lower(n.kind().name()), n.name(),
                    n.stance() == null ? null : lower(n.stance().name()), n.done(),
                    n.doneOn() == null ? null : n.doneOn().toString(), n.link(), n.notes(), n.inline(),
                    n.source() == null ? null : SourceEntry.of(n.source()));
        }

        private static String lower(String enumName) {
            return enumName.toLowerCase(Locale.ROOT);
        }
    }

    @JsonPropertyOrder({"lead", "tail", "fingerprint"})
    record SourceEntry(String lead, String tail, String fingerprint) {
        static SourceEntry of(Source s) {
            return new SourceEntry(s.lead(), s.tail(), s.fingerprint());
        }

        Source toModel() {
            return new Source(lead, tail, fingerprint);
        }
    }

    @JsonPropertyOrder({"id", "title", "url", "summary", "origin", "nodeId"})
    record ResourceEntry(Long id, String title, String url, String summary, String origin, Long nodeId) {
        static ResourceEntry of(Resource r) {
            return new ResourceEntry(r.id(), r.title(), r.url(), r.summary(), r.origin(), r.nodeId());
        }
    }

    @JsonPropertyOrder({"id", "title", "url", "urls", "summary", "section", "source", "date", "sponsor", "status",
            "clippedAt"})
    record InboxItem(Long id, String title, String url, List<String> urls, String summary, String section,
                     String source, String date, Boolean sponsor, String status, String clippedAt) {
        static InboxItem of(InboxEntry e) {
            return new InboxItem(e.id(), e.title(), e.url(), e.urls(), e.summary(), e.section(), e.source(),
                    e.date() == null ? null : e.date().toString(), e.sponsor(), e.status().word(),
                    e.clippedAt() == null ? null : e.clippedAt().toString());
        }
    }
}
