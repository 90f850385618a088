package org.tadworkbench.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.review.Notice;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.workspace.Workspace;

/**
 * Go-live notices to subscribers. The subscribers are the addresses in {@code tad.notices.recipients}
 * (comma-separated; none by default), and everyone who reads the outbox page {@code /notices} or its Atom feed
 * {@code /notices.atom}. A notice is recorded in the outbox; when {@code spring.mail.host} is set (Spring Boot then
 * provides a {@link JavaMailSender}) and there are recipients, it is sent by SMTP at once and marked sent. A failed
 * send is logged and the notice stays in the outbox.
 */
@Component
class GoLiveNotices {

    private static final Logger LOG = LoggerFactory.getLogger(GoLiveNotices.class);

    private final GovernanceStore governance;
    private final ObjectProvider<JavaMailSender> mail;
    private final List<String> recipients;
    private final String from;

    GoLiveNotices(GovernanceStore governance, ObjectProvider<JavaMailSender> mail,
                  @Value("${tad.notices.recipients:}") String recipients,
                  @Value("${tad.notices.from:tad-workbench@localhost}") String from) {
        this.governance = governance;
        this.mail = mail;
        this.recipients = Arrays.stream(recipients.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        this.from = from;
    }

    /** Records the go-live notice of a version that has just gone live, and sends it when SMTP is configured. */
    Notice announce(Workspace ws, String version, LocalDate today, String actor, AccountRole role) {
        DocumentVersion v = ws.manifest().versions().stream().filter(candidate -> candidate.version().equals(version))
                .findFirst().orElseThrow(() -> new PageNotFoundException("There is no version " + version + "."));
        Notice recorded = governance.recordNotice(ws.manifest().id(),
                new Notice(0, version, today, text(ws, v, today), recipients, Notice.State.OUTBOX), actor, role);
        return send(ws, recorded, actor);
    }

    /**
     * The notice says what is true once the version is live: that it is live, from when, for which release, and which
     * version it replaces. It does not repeat the version's summary, which was written while it was drafted.
     */
    static String text(Workspace ws, DocumentVersion live, LocalDate today) {
        List<String> superseded = ws.manifest().versions().stream()
                .filter(other -> !other.version().equals(live.version()))
                .filter(other -> ws.governance().state(other.version()).orElse(DocumentState.of(other.status())) == DocumentState.LIVE)
                .map(DocumentVersion::version).toList();
        return ws.manifest().title() + " version " + live.version() + " is live from " + today
                + (live.release() == null ? "" : ", for release " + live.release()) + "."
                + (superseded.isEmpty() ? "" : " It supersedes version " + String.join(" and ", superseded) + ".");
    }

    private Notice send(Workspace ws, Notice notice, String actor) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || notice.recipients().isEmpty()) {
            return notice;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notice.recipients().toArray(String[]::new));
        message.setSubject(ws.manifest().title() + " version " + notice.version() + " is live");
        message.setText(notice.text());
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.warn("Go-live notice {} could not be sent; it stays in the outbox: {}", notice.id(), e.getMessage());
            return notice;
        }
        return governance.markNoticeSent(ws.manifest().id(), notice.id(), actor);
    }
}
