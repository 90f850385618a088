package org.tadworkbench.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tadworkbench.TadWorkbenchApplication;

/** A whole server instance on a random port over an embedded PostgreSQL, started with the mini workspace. */
final class PostgresServer {

    private PostgresServer() {
    }

    static ConfigurableApplicationContext start(EmbeddedPostgres postgres) {
        return new SpringApplicationBuilder(TadWorkbenchApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--tad.initial-workspace=src/test/resources/workspaces/mini",
                "--spring.jmx.enabled=false");
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
