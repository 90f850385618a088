package org.tadworkbench.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tadworkbench.account.Account;
import org.tadworkbench.consultation.ConsultationPack;
import org.tadworkbench.review.Comment;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Governance;
import org.tadworkbench.review.Workflow;
import org.tadworkbench.workspace.Workspace;

/**
 * What the section, version and consultation pages show of the review: the comments the viewer may see (per
 * {@link CommentVisibility}), each rendered safely as Markdown with the disposition in force, and the comment form
 * when the version takes comments.
 */
@Component
class ReviewPages {

    /**
     * One comment as shown: its text and proposed change as safe HTML, the disposition in force (or null), and the
     * path of what it is on ({@code /sections/4.2.1#p3} for a paragraph, numbered as the section page numbers it;
     * null for the whole document).
     */
    record CommentView(Comment comment, String target, String textHtml, String proposedHtml, Disposition disposition,
                       String outcome, String targetPath) {
    }

    private final VersionAccess access;
    private final MarkdownRenderer markdown;
    private final ConsultationStatuses statuses;

    ReviewPages(VersionAccess access, MarkdownRenderer markdown, ConsultationStatuses statuses) {
        this.access = access;
        this.markdown = markdown;
        this.statuses = statuses;
    }

    /**
     * Adds {@code comments}, {@code visibilityRule}, {@code commentVersion}, {@code takesComments}, {@code mayDispose}
     * and {@code consultationStatus} (of the version's latest consultation for this reader, or null).
     */
    void addComments(Model model, Workspace ws, String version, Predicate<Comment> which, String contextPath) {
        Governance g = ws.governance();
        DocumentState state = access.state(ws, version);
        Account viewer = SignedInUser.account().orElse(null);
        List<CommentView> views = g.comments().stream()
                .filter(c -> c.version().equals(version) && which.test(c) && CommentVisibility.visible(c, state, viewer))
                .map(c -> view(c, g.disposition(c.id()), contextPath)).toList();
        model.addAttribute("comments", views);
        model.addAttribute("visibilityRule", CommentVisibility.rule(state, viewer));
        model.addAttribute("commentVersion", version);
        model.addAttribute("versionState", state.label());
        model.addAttribute("consultationStatus", statuses.latest(g, version, state).orElse(null));
        model.addAttribute("takesComments", state == DocumentState.CONSULTATION || state == DocumentState.INTERNAL_REVIEW);
        model.addAttribute("mayDispose", viewer != null && Workflow.DISPOSERS.contains(viewer.role()));
        model.addAttribute("targets", CommentTarget.values());
        model.addAttribute("outcomes", Disposition.Outcome.values());
    }

    CommentView view(Comment c, Optional<Disposition> disposition, String contextPath) {
        String sections = contextPath + "/sections/";
        return new CommentView(c, ConsultationPack.targetLabel(c), markdown.toHtml(c.text(), sections),
                c.proposedChange() == null ? null : markdown.toHtml(c.proposedChange(), sections),
                disposition.orElse(null), disposition.map(d -> ConsultationPack.outcomeLabel(d.outcome())).orElse(null),
                targetPath(c));
    }

    private static String targetPath(Comment c) {
        String ref = c.targetRef();
        return switch (c.target()) {
            case DOCUMENT -> null;
            case SECTION -> "/sections/" + ref;
            case PARAGRAPH -> ref.contains("#") ? "/sections/" + ref.replaceFirst("#", "#p") : "/sections/" + ref;
            case FIGURE -> "/model/views/" + ref;
        };
    }
}
