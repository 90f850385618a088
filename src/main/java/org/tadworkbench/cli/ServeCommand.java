package org.tadworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.tadworkbench.TadWorkbenchApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tad serve}: starts the web workbench; on first start it imports the reference workspace. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the workbench on http://localhost:PORT. An empty database first imports the reference "
                + "workspace (workspaces/sec-tad).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace imported when the database is empty (default: workspaces/sec-tad under TAD_HOME or here).")
    Path initialWorkspace;

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--spring.datasource.url=" + database.url());
        String user = System.getenv("TAD_DB_USER");
        if (user != null) {
            args.add("--spring.datasource.username=" + user);
            args.add("--spring.datasource.password=" + (System.getenv("TAD_DB_PASSWORD") == null ? "" : System.getenv("TAD_DB_PASSWORD")));
        } else if (database.url().startsWith("jdbc:h2:")) {
            args.add("--spring.datasource.username=sa"); // the user the CLI's import created the file with
        }
        Path initial = initialWorkspace != null ? initialWorkspace : defaultWorkspace();
        if (initial != null) {
            args.add("--tad.initial-workspace=" + initial.toAbsolutePath());
        }
        ConfigurableApplicationContext context = SpringApplication.run(TadWorkbenchApplication.class, args.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }

    private static Path defaultWorkspace() {
        String home = System.getenv("TAD_HOME");
        Path candidate = (home == null ? Path.of(".") : Path.of(home)).resolve("workspaces/sec-tad");
        return Files.isDirectory(candidate) ? candidate : null;
    }
}
