package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer's first step, exactly as the server's log prescribes it: {@code tad serve} runs (its own process, the
 * packaged jar), and the command from its log line is run in a second process while the server holds the database.
 * The account it creates must be in the server's database: the new administrator signs in to the running server.
 */
class FirstAdministratorIT {

    private static final Path JAR = Path.of("target/tad.jar").toAbsolutePath();
    private static final Pattern LOGGED_COMMAND = Pattern.compile("\\./tad (users add .*?)\\s{2}\\(");
    private static final String PASSWORD = "first-admin-password-1";
    private static final Path MINI_WORKSPACE = Path.of("src/test/resources/workspaces/mini").toAbsolutePath();

    @TempDir
    Path elsewhere;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void theLoggedCommandCreatesTheAdministratorInTheRunningServersOwnDatabase() throws Exception {
        Path data = elsewhere.resolve("some where/data"); // not ./data, and with a space to quote
        int port = freePort();
        BlockingQueue<String> log = start("serve", "--port", String.valueOf(port), "--data", data.toString(),
                "--workspace", MINI_WORKSPACE.toString());

        String line = awaitLine(log, "No administrator account yet");
        Matcher command = LOGGED_COMMAND.matcher(line);
        assertThat(command.find()).as(line).isTrue();
        assertThat(command.group(1)).contains("--data '" + data.toAbsolutePath() + "'");

        Process add = new ProcessBuilder("bash", "-c", "java -jar '" + JAR + "' " + command.group(1) + " --password-stdin")
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        try (OutputStream stdin = add.getOutputStream()) {
            stdin.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String added = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(add.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(add.exitValue()).as(added).isZero();
        assertThat(added).contains("added admin (administrator)").doesNotContain("already in use");

        Browser admin = new Browser(port);
        HttpResponse<String> signedIn = admin.signIn("admin", PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(admin.get("/audit").statusCode()).isEqualTo(200);
    }

    private BlockingQueue<String> start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        server = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private String awaitLine(BlockingQueue<String> log, String containing) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline && (server.isAlive() || !log.isEmpty())) {
            String line = log.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                seen.append(line).append('\n');
                if (line.contains(containing)) {
                    return line;
                }
            }
        }
        throw new AssertionError("the server never logged '" + containing + "'; it logged:\n" + seen);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
