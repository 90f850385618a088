package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tadworkbench.web.SignedIn.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.document.DocumentVersion;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.WorkspaceStore;
import org.tadworkbench.workspace.NextDraft;
import org.tadworkbench.workspace.Workspace;

/**
 * "Start the next draft" on /versions, over a copy of the mini workspace in which 2.0 has gone live (1.0 superseded):
 * offered only to the roles {@link NextDraft} names, refused with 403 to every other role, taken once by quality
 * assurance (snapshot, new draft and audit entry), then refused with 409 and the reason. The steps build on each other.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:nextdraftweb;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NextDraftWebTests {

    private static final RequestPostProcessor QA = as("quinn", AccountRole.QUALITY_ASSURANCE);

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkspaceStore workspaces;
    @Autowired
    GovernanceStore governance;

    /** The mini workspace with its 2.0 live: the state in which the next draft may start. */
    @DynamicPropertySource
    static void liveWorkspace(DynamicPropertyRegistry registry) throws IOException {
        Path source = Path.of("src/test/resources/workspaces/mini");
        Path copy = Files.createTempDirectory("next-draft-web");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path manifest = copy.resolve("workspace.yaml");
        String yaml = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, yaml.replace("status: live", "status: superseded").replace("status: draft", "status: live"),
                StandardCharsets.UTF_8);
        registry.add("tad.initial-workspace", copy::toString);
    }

    @Test
    @Order(1)
    void theFormIsOfferedBesideTheLiveVersionOnlyToRolesThatMayStartTheDraft() throws Exception {
        for (AccountRole role : AccountRole.values()) {
            String page = body(get("/versions").with(as("someone", role)), 200);
            if (NextDraft.ROLES.contains(role)) {
                assertThat(page).as(role.label()).contains("Start the next draft from version 2.0",
                        "action=\"/versions/2.0/next-draft\"", "Leave blank for 2.1.")
                        .doesNotContain("action=\"/versions/1.0/next-draft\"");
            } else {
                assertThat(page).as(role.label()).doesNotContain("next-draft", "Start the next draft");
            }
        }
        assertThat(body(get("/versions"), 200)).doesNotContain("next-draft")
                .contains("href=\"/versions/2.0/sections\">Read version 2.0 with its own figures</a>");
    }

    @Test
    @Order(2)
    void everyOtherRoleIsRefusedWith403AndNothingChanges() throws Exception {
        for (AccountRole role : AccountRole.values()) {
            if (!NextDraft.ROLES.contains(role)) {
                body(post("/versions/2.0/next-draft").with(as("someone", role)).with(csrf()), 403);
            }
        }
        assertThat(versions()).containsExactly("1.0", "2.0");
        assertThat(draftsStarted()).isEmpty();
    }

    @Test
    @Order(3)
    void qualityAssuranceStartsTheNextDraftWithASnapshotAndAnAuditEntry() throws Exception {
        body(post("/versions/2.0/next-draft").param("as", " ").with(QA).with(csrf()), 302);

        Workspace ws = workspaces.load("mini").orElseThrow();
        assertThat(versions()).containsExactly("1.0", "2.0", "2.1");
        assertThat(ws.manifest().currentVersion().map(DocumentVersion::version)).contains("2.1");
        assertThat(ws.snapshot("2.0")).hasValueSatisfying(kept -> {
            assertThat(kept.sections()).isEqualTo(ws.sections());
            assertThat(kept.keptModel()).isPresent();
            assertThat(kept.keptGlossary()).contains(ws.glossary());
            assertThat(kept.keptReferences()).contains(ws.references());
        });
        List<AuditEntry> started = draftsStarted();
        assertThat(started).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("quinn");
            assertThat(entry.subjectId()).isEqualTo("2.1");
            assertThat(entry.before()).contains("2.0 live").doesNotContain("2.1");
            assertThat(entry.after()).contains("2.0 live", "2.1 draft", "snapshot of version 2.0");
        });

        String page = body(get("/versions").with(QA), 200);
        assertThat(page).contains("Version 2.1").doesNotContain("Start the next draft");
        assertThat(body(get("/versions/2.0/sections/4.2"), 200)).contains("version 2.0");
    }

    @Test
    @Order(4)
    void aSecondStartIsRefusedWith409AndTheReason() throws Exception {
        assertThat(body(post("/versions/2.0/next-draft").with(as("pat", AccountRole.PROJECT_MANAGER)).with(csrf()), 409))
                .contains("version 2.1 is already being drafted");
        assertThat(body(post("/versions/1.0/next-draft").param("as", "1.1").with(QA).with(csrf()), 409))
                .contains("version 1.0 is superseded, not live");
        assertThat(versions()).containsExactly("1.0", "2.0", "2.1");
        assertThat(draftsStarted()).hasSize(1);
    }

    private List<String> versions() {
        return workspaces.load("mini").orElseThrow().manifest().versions().stream().map(DocumentVersion::version).toList();
    }

    private List<AuditEntry> draftsStarted() {
        return governance.auditTrail("mini").stream().filter(e -> e.action().equals("draft-started")).toList();
    }

    private String body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(expectedStatus);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
