package org.tadworkbench.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriUtils;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.publish.TermIds;
import org.tadworkbench.search.SearchTarget;
import org.tadworkbench.spec.ClauseTree;
import org.tadworkbench.workspace.Workspace;

/**
 * Where a search result is read (paths from the application's root): a section of the version being drafted at
 * {@code /sections/{n}}, of another version at {@code /versions/{v}/sections/{n}}; a glossary term at its anchor on
 * {@code /versions/{v}/glossary}; a clause at its anchor on its version's clause page, opened down to its level; an
 * impact row at its row of the release's matrix; a comment on its version's comments page. One instance per request:
 * it remembers the anchors of the glossaries and clause pages it has worked out.
 */
final class SearchLinks {

    private final Workspace ws;
    private final String current;
    private final Map<String, TermIds> terms = new HashMap<>();
    private final Map<String, List<String>> clauses = new HashMap<>();

    SearchLinks(Workspace ws) {
        this.ws = ws;
        this.current = ws.manifest().currentVersion().map(DocumentVersion::version).orElse(null);
    }

    String url(SearchTarget target) {
        if (target instanceof SearchTarget.Section s) {
            return (s.version().equals(current) ? "/sections/" : "/versions/" + path(s.version()) + "/sections/")
                    + path(s.number());
        }
        if (target instanceof SearchTarget.Term t) {
            String anchor = terms.computeIfAbsent(t.version(), v -> new TermIds(ws.glossaryOf(v))).of(t.term());
            return "/versions/" + path(t.version()) + "/glossary" + (anchor == null ? "" : "#" + anchor);
        }
        if (target instanceof SearchTarget.Clause c) {
            List<String> anchors = clauses.computeIfAbsent(c.document() + "\n" + c.specVersion(), k -> ws.specs()
                    .text(c.document(), c.specVersion()).map(ClauseOutline::anchors).orElse(List.of()));
            String page = "/specs/" + path(c.document()) + "/" + path(c.specVersion()) + "?open=" + c.level();
            return c.position() < anchors.size() ? page + "#" + anchors.get(c.position()) : page;
        }
        if (target instanceof SearchTarget.Impact i) {
            return "/releases/" + path(i.release()) + "/impacts#row-" + path(i.row());
        }
        SearchTarget.CommentOn c = (SearchTarget.CommentOn) target;
        return "/versions/" + path(c.version()) + "/comments#comment-" + c.comment().id();
    }

    private static String path(String segment) {
        return UriUtils.encodePathSegment(segment, java.nio.charset.StandardCharsets.UTF_8);
    }
}
