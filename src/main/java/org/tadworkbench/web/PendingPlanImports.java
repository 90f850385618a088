package org.tadworkbench.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.tadworkbench.mspdi.PlanChanges;

/**
 * MS Project files uploaded for a dry run, kept until their uploader applies them: each in a temporary file of its
 * own (files run to 50 MB, too much for memory or the shared session), under a random token that only its uploader
 * and workspace redeem, for {@link #LIFETIME}. One per uploader: a new dry run replaces the earlier one. Kept by this
 * server alone, so with several servers behind one address an apply that reaches another server finds nothing and
 * asks for the file again; nothing is lost, the dry run only has to be repeated.
 */
@Component
class PendingPlanImports {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** An upload waiting to be applied, and the changes its dry run showed. */
    record Pending(String token, String user, String workspaceId, String fileName, Path file, PlanChanges shown,
                   Instant expires) {
        InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    private final Map<String, Pending> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    PendingPlanImports(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a copy of {@code content} for {@code user}; returns the token that redeems it. */
    synchronized Pending keep(String user, String workspaceId, String fileName, InputStream content, PlanChanges shown)
            throws IOException {
        forgetExpired();
        byToken.values().stream().filter(p -> p.user().equals(user)).toList().forEach(p -> forget(p.token()));
        Path file = Files.createTempFile("tad-plan-import-", ".upload");
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Pending pending = new Pending(token, user, workspaceId, fileName, file, shown, clock.instant().plus(LIFETIME));
        byToken.put(token, pending);
        return pending;
    }

    /** The upload behind {@code token}, if it is {@code user}'s for {@code workspaceId} and has not expired. */
    synchronized Optional<Pending> find(String token, String user, String workspaceId) {
        forgetExpired();
        return Optional.ofNullable(token == null ? null : byToken.get(token))
                .filter(p -> p.user().equals(user) && p.workspaceId().equals(workspaceId));
    }

    /** The same upload, now showing {@code shown} (a new dry run against a plan changed meanwhile). */
    synchronized Pending reshown(Pending pending, PlanChanges shown) {
        Pending again = new Pending(pending.token(), pending.user(), pending.workspaceId(), pending.fileName(),
                pending.file(), shown, clock.instant().plus(LIFETIME));
        byToken.replace(pending.token(), again);
        return again;
    }

    synchronized void forget(String token) {
        Pending gone = byToken.remove(token);
        if (gone != null) {
            delete(gone.file());
        }
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        byToken.values().stream().filter(p -> !p.expires().isAfter(now)).toList().forEach(p -> forget(p.token()));
    }

    @PreDestroy
    synchronized void forgetAll() {
        byToken.keySet().stream().toList().forEach(this::forget);
    }

    /** Best effort: a copy that cannot be deleted now (say, still open elsewhere) goes when the server stops. */
    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
