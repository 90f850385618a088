package org.tadworkbench.lint;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.document.Section;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.Consultation;
import org.tadworkbench.review.Decision;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.Notice;
import org.tadworkbench.workspace.Location;
import org.tadworkbench.workspace.Locations;
import org.tadworkbench.workspace.WorkspaceFiles;
import org.tadworkbench.workspace.Workspace;

/**
 * review/*.yaml holds together: ids are unique, records name versions of workspace.yaml, comments name their
 * consultation, dispositions name a comment, and a disposition's linked section is in the outline (a warning: the
 * outline may have moved on since).
 */
final class GovernanceRules extends Rules {

    GovernanceRules(Workspace ws, Locations at) {
        super(ws, at);
    }

    @Override
    void run() {
        Governance g = ws.governance();
        Set<String> versions = ws.manifest().versions().stream().map(DocumentVersion::version).collect(Collectors.toSet());
        Set<String> sections = ws.sections().stream().map(Section::number).collect(Collectors.toSet());
        for (String version : g.states().keySet()) {
            if (!versions.contains(version)) {
                errorAt(new Location(WorkspaceFiles.REVIEW_STATES, 1), "unknown-version", "review/states.yaml gives a state to version " + version
                        + ", which workspace.yaml does not list");
            }
        }
        Map<String, Consultation> consultations = unique(g.consultations(), c -> String.valueOf(c.id()), "consultation id");
        g.consultations().forEach(c -> version(c, c.version(), versions, "consultation"));
        Map<String, Comment> comments = unique(g.comments(), c -> String.valueOf(c.id()), "comment id");
        for (Comment comment : g.comments()) {
            version(comment, comment.version(), versions, "comment");
            if (comment.consultationId() != null && !consultations.containsKey(String.valueOf(comment.consultationId()))) {
                error(comment, "consultation", "unknown-consultation", "comment " + comment.id() + " names consultation "
                        + comment.consultationId() + ", which review/consultations.yaml does not hold");
            }
            Comment parent = comment.replyTo() == null ? null : comments.get(String.valueOf(comment.replyTo()));
            if (comment.replyTo() != null && (parent == null || !parent.version().equals(comment.version()))) {
                error(comment, "replyTo", "unknown-comment", "comment " + comment.id() + " replies to comment "
                        + comment.replyTo() + ", which review/comments.yaml does not hold"
                        + (parent == null ? "" : " on version " + comment.version()));
            }
        }
        for (Disposition disposition : g.dispositions()) {
            if (!comments.containsKey(String.valueOf(disposition.commentId()))) {
                error(disposition, "comment", "unknown-comment", "disposition of comment " + disposition.commentId()
                        + ", which review/comments.yaml does not hold");
            }
            if (disposition.sectionNumber() != null && !sections.contains(disposition.sectionNumber())) {
                warning(disposition, "section", "unknown-section", "disposition links section " + disposition.sectionNumber()
                        + ", which is not in the outline");
            }
        }
        g.decisions().forEach((Decision d) -> version(d, d.version(), versions, "decision"));
        unique(g.notices(), n -> String.valueOf(n.id()), "notice id");
        g.notices().forEach((Notice n) -> version(n, n.version(), versions, "notice"));
        unique(g.audit(), a -> String.valueOf(a.sequence()), "audit sequence number");
    }

    private void version(Object item, String version, Set<String> versions, String what) {
        if (!versions.contains(version)) {
            error(item, "version", "unknown-version", what + " on version " + version + ", which workspace.yaml does not list");
        }
    }
}
