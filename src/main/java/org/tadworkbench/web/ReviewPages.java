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
import org.tadworkbench.review.ProposedChange;
import org.tadworkbench.review.Workflow;
import org.tadworkbench.redline.HtmlRedline;
import org.tadworkbench.redline.WordComparison;
import org.tadworkbench.store.GovernanceStore;
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
     * null for the whole document). A comment from a Word file also has the file it came from, and, for a proposed
     * change, the redline of the text as quoted against the proposal (escaped, {@code <ins>} and {@code <del>} with
     * their spoken labels) and, for one to a paragraph, how a drafter may apply it (or null). Its replies follow it, oldest
     * first.
     */
    record CommentView(Comment comment, String target, String textHtml, String proposedHtml, Disposition disposition,
                       String outcome, String targetPath, String sourceFile, String redlineHtml, Apply apply,
                       List<CommentView> replies) {
    }

    /**
     * Applying a proposed change to section {@code section}: when {@code body} is set, the section's current text
     * (at {@code revision}) with the change made, saved through the ordinary edit form; when null, the section has
     * moved on since the copy and {@code /comments/{id}/apply} shows the two texts to merge; {@code applied} when the
     * section already reads as proposed (nothing to apply).
     */
    record Apply(String section, int revision, String body, boolean applied) {
    }

    private final VersionAccess access;
    private final MarkdownRenderer markdown;
    private final ConsultationStatuses statuses;
    private final GovernanceStore governance;

    ReviewPages(VersionAccess access, MarkdownRenderer markdown, ConsultationStatuses statuses, GovernanceStore governance) {
        this.access = access;
        this.markdown = markdown;
        this.statuses = statuses;
        this.governance = governance;
    }

    /**
     * Adds {@code comments}, {@code visibilityRule}, {@code commentVersion}, {@code takesComments}, {@code mayDispose}
     * and {@code consultationStatus} (of the version's latest consultation for this reader, or null).
     */
    void addComments(Model model, Workspace ws, String version, Predicate<Comment> which, String contextPath) {
        Governance g = ws.governance();
        DocumentState state = access.state(ws, version);
        Account viewer = SignedInUser.account().orElse(null);
        List<Comment> shown = g.comments().stream()
                .filter(c -> c.version().equals(version) && which.test(c) && CommentVisibility.visible(c, state, viewer))
                .toList();
        boolean mayApply = SignedInUser.isEditor() && access.currentTextEditable(ws);
        model.addAttribute("comments", threads(shown, c -> view(c, g.disposition(c.id()), contextPath,
                mayApply ? apply(ws.manifest().id(), c) : null)));
        model.addAttribute("visibilityRule", CommentVisibility.rule(state, viewer));
        model.addAttribute("commentVersion", version);
        model.addAttribute("versionState", state.label());
        model.addAttribute("consultationStatus", statuses.latest(g, version, state).orElse(null));
        model.addAttribute("takesComments", state == DocumentState.CONSULTATION || state == DocumentState.INTERNAL_REVIEW);
        model.addAttribute("mayDispose", viewer != null && Workflow.DISPOSERS.contains(viewer.role()));
        model.addAttribute("targets", CommentTarget.values());
        model.addAttribute("outcomes", Disposition.Outcome.values());
    }

    /**
     * The comments as threads: each comment followed by its replies (and theirs, flattened in order); a reply whose
     * comment is not shown stands on its own.
     */
    static List<CommentView> threads(List<Comment> shown, java.util.function.Function<Comment, CommentView> view) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        shown.forEach(c -> ids.add(c.id()));
        java.util.Map<Long, List<Comment>> repliesTo = new java.util.HashMap<>();
        shown.stream().filter(c -> c.isReply() && ids.contains(c.replyTo()))
                .forEach(c -> repliesTo.computeIfAbsent(c.replyTo(), k -> new java.util.ArrayList<>()).add(c));
        List<CommentView> threads = new java.util.ArrayList<>();
        for (Comment c : shown) {
            if (!c.isReply() || !ids.contains(c.replyTo())) {
                List<CommentView> replies = new java.util.ArrayList<>();
                java.util.Deque<Comment> open = new java.util.ArrayDeque<>(repliesTo.getOrDefault(c.id(), List.of()));
                while (!open.isEmpty()) {
                    Comment reply = open.removeFirst();
                    replies.add(view.apply(reply));
                    List<Comment> deeper = repliesTo.getOrDefault(reply.id(), List.of());
                    for (int i = deeper.size() - 1; i >= 0; i--) {
                        open.addFirst(deeper.get(i));
                    }
                }
                CommentView top = view.apply(c);
                threads.add(new CommentView(top.comment(), top.target(), top.textHtml(), top.proposedHtml(),
                        top.disposition(), top.outcome(), top.targetPath(), top.sourceFile(), top.redlineHtml(),
                        top.apply(), List.copyOf(replies)));
            }
        }
        return threads;
    }

    CommentView view(Comment c, Optional<Disposition> disposition, String contextPath) {
        return view(c, disposition, contextPath, null);
    }

    private CommentView view(Comment c, Optional<Disposition> disposition, String contextPath, Apply apply) {
        String sections = contextPath + "/sections/";
        String redline = null;
        if (c.quote() != null && c.proposedChange() != null) { // a Word file's tracked changes: text as it stood, and after
            StringBuilder html = new StringBuilder();
            HtmlRedline.runs(html, WordComparison.of(c.quote(), c.proposedChange()).runs());
            redline = html.toString();
        }
        return new CommentView(c, ConsultationPack.targetLabel(c), markdown.toHtml(c.text(), sections),
                c.proposedChange() == null || redline != null ? null : markdown.toHtml(c.proposedChange(), sections),
                disposition.orElse(null), disposition.map(d -> ConsultationPack.outcomeLabel(d.outcome())).orElse(null),
                targetPath(c), sourceFile(c), redline, apply, List.of());
    }

    /** How the viewer (who may edit now) applies {@code c}, or null when it proposes no change to a paragraph. */
    private Apply apply(String workspace, Comment c) {
        if (!c.isProposedChange()) {
            return null;
        }
        String number = ProposedChange.section(c);
        return governance.section(workspace, number).map(now -> new Apply(number, now.revision(),
                ProposedChange.applyTo(c, now.section().body()).orElse(null),
                ProposedChange.appliedIn(c, now.section().body()))).orElse(null);
    }

    /** The Word file a comment came from ("reviewed.docx" of "reviewed.docx sha256:... comment 3"), or null. */
    private static String sourceFile(Comment c) {
        if (c.source() == null) {
            return null;
        }
        int key = c.source().indexOf(" sha256:");
        return key > 0 ? c.source().substring(0, key) : c.source();
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
