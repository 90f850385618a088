package org.tadworkbench.search;

import org.tadworkbench.review.Comment;

/**
 * What a search result points at, with what the pages need to link to it and to decide who may see it: a section or
 * glossary term of a TAD version, a clause of an ingested specification version, an impact row of a release, or a
 * comment (kept whole, since who sees a comment depends on its author and organisation).
 */
public sealed interface SearchTarget {

    SearchKind kind();

    /** The TAD version it belongs to (sections, terms, comments); null for clauses and impact rows. */
    String version();

    /** A section of a version, by number. */
    record Section(String version, String number) implements SearchTarget {
        public SearchKind kind() {
            return SearchKind.SECTION;
        }
    }

    /** A term of the glossary a version is published with. */
    record Term(String version, String term) implements SearchTarget {
        public SearchKind kind() {
            return SearchKind.TERM;
        }
    }

    /**
     * A clause of an ingested specification version: {@code position} is its place in the version's clauses (from 0)
     * and {@code level} its depth, so a link can open the outline down to it.
     */
    record Clause(String document, String specVersion, int position, String number, int level) implements SearchTarget {
        public SearchKind kind() {
            return SearchKind.CLAUSE;
        }

        public String version() {
            return null;
        }
    }

    /** A row of a release's impact register. */
    record Impact(String release, String row) implements SearchTarget {
        public SearchKind kind() {
            return SearchKind.IMPACT;
        }

        public String version() {
            return null;
        }
    }

    /** A comment on a version. */
    record CommentOn(Comment comment) implements SearchTarget {
        public SearchKind kind() {
            return SearchKind.COMMENT;
        }

        public String version() {
            return comment.version();
        }
    }
}
