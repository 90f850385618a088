package org.tadworkbench.web;

import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.WorkspaceImporter;
import org.tadworkbench.store.WorkspaceStore;

/** Wires the plain-Java store to the data source Spring configured (and Flyway migrated). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    @DependsOnDatabaseInitialization
    WorkspaceStore workspaceStore(DataSource dataSource) {
        return new WorkspaceStore(dataSource);
    }

    @Bean
    @DependsOnDatabaseInitialization
    GovernanceStore governanceStore(DataSource dataSource) {
        return new GovernanceStore(dataSource);
    }

    @Bean
    WorkspaceImporter workspaceImporter(WorkspaceStore store) {
        return new WorkspaceImporter(store);
    }
}
