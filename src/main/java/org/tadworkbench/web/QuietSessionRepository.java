package org.tadworkbench.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The shared (JDBC) sessions, without a database write on every request. Spring Session records each request's time
 * of access, which updates the session's row each time: a reader's requests then queue on that row's lock (one
 * browser fetches a page, its figures and styles at once) and every page read costs a write. Here the access time
 * reaches the database only when it has moved by {@link #RECORD_ACCESS_EVERY} or more, so an idle session may expire
 * up to that much sooner than its timeout; every other change (sign-in, a new session id, an attribute) is saved as
 * before.
 */
final class QuietSessionRepository implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession> {

    static final Duration RECORD_ACCESS_EVERY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> sessions;

    @SuppressWarnings("unchecked")
    QuietSessionRepository(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(sessions.createSession());
    }

    @Override
    public void save(QuietSession session) {
        sessions.save(session.session);
    }

    @Override
    public QuietSession findById(String id) {
        Session found = sessions.findById(id);
        return found == null ? null : new QuietSession(found);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> found.put(id, new QuietSession(s)));
        return found;
    }

    /** A stored session whose access time moves only by {@link #RECORD_ACCESS_EVERY} or more. */
    static final class QuietSession implements Session {

        private final Session session;

        QuietSession(Session session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime).compareTo(RECORD_ACCESS_EVERY) >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
