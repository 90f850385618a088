package org.tadworkbench.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.tadworkbench.account.Account;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.search.SearchEntry;
import org.tadworkbench.search.SearchTarget;
import org.tadworkbench.workspace.Workspace;

/**
 * What the signed-in reader may find: exactly what their pages would show them. A section or glossary term of a
 * version only if {@link VersionAccess} lets them read that version; a comment only if {@link CommentVisibility}
 * shows it to them on its version's pages; clauses and impact rows, open on their pages, to everyone. Each version's
 * answer is worked out once per request.
 */
final class SearchVisibility {

    private SearchVisibility() {
    }

    static Predicate<SearchEntry> forReader(Workspace ws, VersionAccess access) {
        Map<String, Boolean> readable = new HashMap<>();
        Map<String, DocumentState> states = new HashMap<>();
        Account viewer = SignedInUser.account().orElse(null);
        return entry -> {
            SearchTarget target = entry.target();
            return switch (target.kind()) {
                case SECTION, TERM -> readable.computeIfAbsent(target.version(), v -> ws.manifest().versions().stream()
                        .anyMatch(d -> d.version().equals(v)) && access.mayRead(ws, v));
                case COMMENT -> CommentVisibility.visible(((SearchTarget.CommentOn) target).comment(),
                        states.computeIfAbsent(target.version(), v -> access.state(ws, v)), viewer);
                case CLAUSE, IMPACT -> true;
            };
        };
    }
}
