package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.review.AuditEntry;
import org.tadworkbench.review.Disposition;
import org.tadworkbench.store.GovernanceStore;

/**
 * Every write endpoint leaves an audit entry naming who did it. The endpoints come from Spring's own handler mapping
 * (every POST, PUT, PATCH and DELETE handler), so a new endpoint without a case here fails this test. The cases walk
 * version 3.0 of the reference workspace along the whole route, each as the role that may take the step; the one
 * POST that changes nothing (computing an uploaded list's impact) is named as such and must leave the trail as it was.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:everywrite;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
class EveryWriteIsAuditedTests {

    private static final MovableClock CLOCK = new MovableClock(LocalDate.of(2019, 3, 12));
    private static final String WS = "sec-tad";
    /** POSTs that only read: they must leave the trail unchanged. */
    private static final Set<String> READ_ONLY = Set.of("POST /impact", "POST /plan/import");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceStore governance;
    @Autowired
    org.tadworkbench.store.WorkspaceStore store;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One write as a user makes it: who, and the request (already carrying the day it happens on). */
    private record Step(String actor, AccountRole role, LocalDate day, AbstractMockHttpServletRequestBuilder<?> request) {
    }

    private Map<String, Step> cases() throws Exception {
        Map<String, Step> cases = new LinkedHashMap<>();
        LocalDate opens = LocalDate.of(2019, 3, 12);
        // The plan from MS Project: the dry run stores nothing; the apply (its token added before the step) does.
        cases.put("POST /plan/import", new Step("pat", AccountRole.PROJECT_MANAGER, opens, planImport()));
        cases.put("POST /plan/import/apply", new Step("pat", AccountRole.PROJECT_MANAGER, opens, post("/plan/import/apply")));
        cases.put("POST /versions/earlier", new Step("dora", AccountRole.DRAFTER, opens,
                multipart("/versions/earlier").file(new MockMultipartFile("file", "tad-1.5.docx", "application/octet-stream",
                        earlierVersionDocx())).param("version", "1.5")));
        cases.put("POST /sections/{number}", new Step("dora", AccountRole.DRAFTER, opens,
                post("/sections/1.1").param("revision", "1").param("text", "Edited while a draft.")));
        cases.put("POST /releases/{id}/impacts/{row}/status", new Step("dora", AccountRole.DRAFTER, opens,
                post("/releases/smets1-services/impacts/A12/status").param("status", "drafted")));
        cases.put("POST /impact/accept", new Step("dora", AccountRole.DRAFTER, opens,
                post("/impact/accept").param("changed", "DUIS:1.4.2").param("release", "mp-audit")
                        .param("title", "Audit walk").param("section", "4.2.1.7")));
        cases.put("POST /specs/{doc}/versions", new Step("dora", AccountRole.DRAFTER, opens,
                multipart("/specs/DUIS/versions").file(new MockMultipartFile("file", "duis-3.1.md", "text/markdown",
                        "# 1 Introduction\n\n## 1.1 Purpose\n\nA made-up clause.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("version", "3.1")));
        cases.put("POST /specs/{doc}/impacts/draft", new Step("dora", AccountRole.DRAFTER, opens,
                post("/specs/DUIS/impacts/draft").param("from", "3.0d3").param("to", "3.1").param("release", "spec-draft")));
        cases.put("POST /releases/{id}/impacts/{row}/triage", new Step("dora", AccountRole.DRAFTER, opens,
                post("/releases/spec-draft/impacts/A01/triage").param("decision", "accept")));
        cases.put("POST /impact", new Step("dora", AccountRole.DRAFTER, opens, post("/impact").param("changed", "DUIS:1.4.2")));
        cases.put("POST /versions/{version}/state", new Step("dora", AccountRole.DRAFTER, opens,
                post("/versions/3.0/state").param("to", "internal-review")));
        cases.put("POST /versions/{version}/comments", new Step("dora", AccountRole.DRAFTER, opens,
                post("/versions/3.0/comments").param("target", "document").param("text", "Internal review comment.")));
        cases.put("POST /versions/{version}/comments/word", new Step("dora", AccountRole.DRAFTER, opens,
                multipart("/versions/3.0/comments/word").file(new MockMultipartFile("file", "internal.docx",
                        "application/octet-stream", ReviewedWordCopy.docx("Internal review in Word.", " More.", 1)))));
        cases.put("POST /comments/{id}/dispositions", new Step("quinn", AccountRole.QUALITY_ASSURANCE, opens,
                post("/comments/1/dispositions").param("outcome", "noted").param("response", "Noted.")));
        cases.put("POST /versions/{version}/consultations", new Step("quinn", AccountRole.QUALITY_ASSURANCE, opens,
                post("/versions/3.0/consultations").param("audience", "SEC Parties").param("opens", "2019-03-12")
                        .param("closes", "2019-04-09")));
        cases.put("POST /consultations/{id}/comments/import", new Step("quinn", AccountRole.QUALITY_ASSURANCE, opens,
                multipart("/consultations/1/comments/import").file(new MockMultipartFile("file", "form.xlsx",
                        "application/octet-stream", ReviewPagesIntegrationTests.form(
                                new String[] {"document", "", "Acme", "large-supplier", "From the form", ""})))));
        cases.put("POST /consultations/{id}/comments/word", new Step("quinn", AccountRole.QUALITY_ASSURANCE, opens,
                multipart("/consultations/1/comments/word").file(new MockMultipartFile("file", "acme.docx",
                        "application/octet-stream", ReviewedWordCopy.docx("From Acme in Word.", " Acme's words.", 2)))
                        .param("respondent", "Acme")));
        cases.put("POST /versions/{version}/decision", new Step("carol", AccountRole.TABASC_CHAIR, LocalDate.of(2019, 4, 20),
                post("/versions/3.0/decision").param("outcome", "approved").param("date", "2019-04-18").param("minute", "TABASC_45/7")));
        cases.put("POST /versions/{version}/go-live", new Step("quinn", AccountRole.QUALITY_ASSURANCE, LocalDate.of(2019, 5, 1),
                post("/versions/3.0/go-live")));
        cases.put("POST /versions/{version}/next-draft", new Step("quinn", AccountRole.QUALITY_ASSURANCE, LocalDate.of(2019, 6, 3),
                post("/versions/3.0/next-draft")));
        return cases;
    }

    private static AbstractMockHttpServletRequestBuilder<?> planImport() throws java.io.IOException {
        return multipart("/plan/import").file(new MockMultipartFile("file", "plan.xml", "application/xml",
                MsProjectFile.consultation()));
    }

    /** A Word TAD of a version before the workbench: one numbered section. */
    private static byte[] earlierVersionDocx() throws java.io.IOException {
        var doc = org.tadworkbench.word.WordFixtures.specification();
        org.tadworkbench.word.WordFixtures.paragraph(doc, "Heading1", "Introduction");
        org.tadworkbench.word.WordFixtures.paragraph(doc, null, "The TAD as it was issued in version 1.5.");
        return org.tadworkbench.word.WordFixtures.bytes(doc);
    }

    @Test
    void everyWriteEndpointHasACaseAndEachLeavesAnAuditEntryNamingWhoWroteIt() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
                .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                .forEach(m -> info.getPatternValues().forEach(p -> endpoints.add(m.name() + " " + p))));
        Map<String, Step> cases = cases();

        assertThat(cases.keySet()).as("every write endpoint needs a case here").containsAll(endpoints);
        assertThat(endpoints).as("a case for an endpoint that no longer exists").containsAll(cases.keySet());

        for (Map.Entry<String, Step> entry : cases.entrySet()) {
            Step step = entry.getValue();
            beforeStep(entry.getKey(), step);
            CLOCK.today(step.day());
            List<AuditEntry> before = governance.auditTrail(WS);
            int status = mvc.perform(step.request().with(signedIn(step.actor(), step.role())).with(csrf()))
                    .andReturn().getResponse().getStatus();
            List<AuditEntry> after = governance.auditTrail(WS);

            assertThat(status).as(entry.getKey() + " succeeds").isBetween(200, 399);
            if (READ_ONLY.contains(entry.getKey())) {
                assertThat(after).as(entry.getKey() + " changes nothing").isEqualTo(before);
            } else {
                assertThat(after).as(entry.getKey() + " leaves an audit entry").hasSizeGreaterThan(before.size());
                assertThat(after.subList(before.size(), after.size())).as(entry.getKey() + " names who did it")
                        .extracting(AuditEntry::actor).contains(step.actor());
            }
        }
    }

    /** Signed in with a full account (organisation included), as the real sign-in makes it. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String user, AccountRole role) {
        return ReviewPagesIntegrationTests.as(user, role, "SECAS", null);
    }

    /** What the route needs between the steps, done through the store (audited too, but not what is checked). */
    private void beforeStep(String endpoint, Step step) throws Exception {
        switch (endpoint) {
            case "POST /plan/import/apply" -> {
                String dryRun = mvc.perform(planImport().with(signedIn(step.actor(), step.role())).with(csrf()))
                        .andReturn().getResponse().getContentAsString();
                java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                        .matcher(dryRun);
                assertThat(token.find()).as("the dry run offers to apply").isTrue();
                step.request().param("token", token.group(1));
            }
            case "POST /versions/{version}/decision" -> {
                governance.changeState(WS, "3.0", org.tadworkbench.review.DocumentState.CONSULTATION_CLOSED, "quinn",
                        AccountRole.QUALITY_ASSURANCE, LocalDate.of(2019, 4, 10));
                governance.loadGovernance(WS).comments().stream().filter(c -> governance.loadGovernance(WS)
                        .disposition(c.id()).isEmpty()).forEach(c -> governance.dispose(WS, new Disposition(c.id(),
                        Disposition.Outcome.NOTED, "Noted.", null, null, null, "quinn", null), AccountRole.QUALITY_ASSURANCE));
            }
            case "POST /versions/{version}/go-live" -> {
                // The state endpoint serves several steps; publishing (with the acknowledgement) is audited too.
                CLOCK.today(LocalDate.of(2019, 4, 20));
                int size = governance.auditTrail(WS).size();
                mvc.perform(post("/versions/3.0/state").param("to", "published").param("acknowledge", "yes")
                        .with(signedIn("quinn", AccountRole.QUALITY_ASSURANCE)).with(csrf()));
                assertThat(governance.auditTrail(WS).subList(size, governance.auditTrail(WS).size()))
                        .extracting(AuditEntry::action).containsExactly("unrealised-rows-acknowledged", "state-changed");
            }
            case "POST /specs/{doc}/impacts/draft" -> // the baselined version's text beside the 3.1 just uploaded
                    store.changeSpecs(WS, register -> register.withText(SpecPagesIntegrationTests.duis("3.0d3",
                            "The central system shall not offer Service Reference Variant 8.13.")), "quinn", "set-up", "DUIS:3.0d3");
            default -> { }
        }
    }
}
