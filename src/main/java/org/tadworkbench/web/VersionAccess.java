package org.tadworkbench.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.workspace.Workspace;

/**
 * Who may read a version's text, the one check every page showing section text makes. Anyone may read a version in
 * consultation or once published (published, live, superseded). Before that (draft, internal review, consultation
 * closed, approved) only {@link #INSIDERS} may: SECAS (drafter, project manager, quality assurance), the TABASC
 * (chair and members) and administrators; respondents, TBEC members outside the consultation and anonymous readers
 * get a 403 page that says why ({@link VersionHiddenException}). Use {@link #requireCurrent} on pages of the current
 * draft's sections and {@link #require} on pages of a named version; {@link #mayRead} to show or hide a link.
 * {@link #readingVersion} is the public reading room's rule: a reader who may not read the draft reads the live
 * version at /outline and /sections/{n} instead.
 */
@Component
class VersionAccess {

    /** The roles that read every version in every state. */
    static final Set<AccountRole> INSIDERS = EnumSet.of(AccountRole.DRAFTER, AccountRole.PROJECT_MANAGER,
            AccountRole.QUALITY_ASSURANCE, AccountRole.TABASC_CHAIR, AccountRole.TABASC_MEMBER, AccountRole.ADMINISTRATOR);
    /** The states in which anyone may read a version. */
    static final Set<DocumentState> OPEN_STATES = EnumSet.of(DocumentState.CONSULTATION, DocumentState.PUBLISHED,
            DocumentState.LIVE, DocumentState.SUPERSEDED);


    /** Why {@code role} (empty: anonymous) may not read a version in {@code state}; empty when it may. */
    static Optional<String> refusal(String version, DocumentState state, Optional<AccountRole> role) {
        if (OPEN_STATES.contains(state) || role.filter(INSIDERS::contains).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Version " + version + " is in " + state.label() + ". Until its consultation opens, its text is "
                + "open only to SECAS (drafters, project managers, quality assurance), the TABASC and administrators"
                + role.map(r -> ", not to a " + r.label() + ".").orElse(": sign in with such an account to read it."));
    }

    /** The state of a version of the workspace (recorded, else its status in workspace.yaml). */
    /** The version's state as recorded in the loaded workspace, else from its status in workspace.yaml. */
    DocumentState state(Workspace ws, String version) {
        return ws.governance().state(version).orElseGet(() -> ws.manifest().versions().stream()
                .filter(v -> v.version().equals(version)).findFirst().map(v -> DocumentState.of(v.status()))
                .orElse(DocumentState.DRAFT));
    }

    /**
     * Whether the current version's text may be edited now ({@link DocumentState#textEditable()}): the editor's
     * links and forms are offered only then, so no one types a text that would be refused.
     */
    boolean currentTextEditable(Workspace ws) {
        return ws.manifest().currentVersion().map(v -> state(ws, v.version()).textEditable()).orElse(false);
    }

    /** Whether the signed-in reader may read {@code version}; true for a version the workspace does not have. */
    boolean mayRead(Workspace ws, String version) {
        return refusalFor(ws, version).isEmpty();
    }

    /** Throws {@link VersionHiddenException} (403) unless the signed-in reader may read {@code version}. */
    void require(Workspace ws, String version) {
        refusalFor(ws, version).ifPresent(reason -> {
            throw new VersionHiddenException(reason);
        });
    }

    /** {@link #require} for the current version, whose sections /outline and /sections/{n} show. */
    void requireCurrent(Workspace ws) {
        ws.manifest().currentVersion().ifPresent(current -> require(ws, current.version()));
    }

    /**
     * The version whose text /outline and /sections/{n} show this reader: the current version when they may read it,
     * else the live version when the workspace keeps its text (the public reading room); empty when neither, and then
     * {@link #requireCurrent} says why.
     */
    Optional<String> readingVersion(Workspace ws) {
        Optional<String> current = ws.manifest().currentVersion().map(DocumentVersion::version);
        if (current.isEmpty() || mayRead(ws, current.get())) {
            return current;
        }
        return liveVersion(ws).filter(live -> mayRead(ws, live));
    }

    /** The version in force (state live) whose text the workspace keeps; the newest if several say so. */
    Optional<String> liveVersion(Workspace ws) {
        return versionsWithText(ws).stream().filter(v -> state(ws, v) == DocumentState.LIVE).findFirst();
    }

    /** The versions with text that this reader may read, newest first: the choices of the version switcher. */
    List<String> readableVersions(Workspace ws) {
        return versionsWithText(ws).stream().filter(v -> mayRead(ws, v)).toList();
    }

    private static List<String> versionsWithText(Workspace ws) {
        return ws.manifest().versions().stream().map(DocumentVersion::version)
                .filter(v -> ws.sectionsOf(v).filter(sections -> !sections.isEmpty()).isPresent())
                .sorted(org.tadworkbench.document.VersionNumber.ORDER.reversed()).toList();
    }

    private Optional<String> refusalFor(Workspace ws, String version) {
        if (ws.manifest().versions().stream().map(DocumentVersion::version).noneMatch(version::equals)) {
            return Optional.empty();
        }
        return refusal(version, state(ws, version), SignedInUser.role());
    }
}
