package org.tadworkbench.web;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.WorkspaceImporter;
import org.tadworkbench.store.WorkspaceSnapshots;
import org.tadworkbench.store.WorkspaceStore;

/** Wires the plain-Java stores to the data source Spring configured (and Flyway migrated). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** SEC dates (release dates, go-live, decisions) are dates in England and Wales. */
    static final ZoneId SEC_ZONE = ZoneId.of("Europe/London");

    @Bean
    @DependsOnDatabaseInitialization
    WorkspaceStore workspaceStore(DataSource dataSource) {
        return new WorkspaceStore(dataSource);
    }

    /** The stored workspace's snapshot per content revision, shared by every request ({@link CurrentWorkspace}). */
    @Bean
    WorkspaceSnapshots workspaceSnapshots(WorkspaceStore store) {
        return new WorkspaceSnapshots(store);
    }

    /**
     * Spring Session's JDBC sessions, saved without a write per request ({@link QuietSessionRepository}): wrapped
     * where Spring Boot makes them, since a session repository of our own would switch its JDBC sessions off.
     */
    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository sessions ? new QuietSessionRepository(sessions) : bean;
            }
        };
    }

    @Bean
    WorkspaceImporter workspaceImporter(WorkspaceStore store) {
        return new WorkspaceImporter(store);
    }

    /** The clock of audit entries and of "today" for go-live; tests replace it with a fixed one. */
    @Bean
    Clock clock() {
        return Clock.system(SEC_ZONE);
    }

    @Bean
    @DependsOnDatabaseInitialization
    GovernanceStore governanceStore(DataSource dataSource, Clock clock) {
        return new GovernanceStore(dataSource, clock);
    }
}
