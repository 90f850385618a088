package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tadworkbench.account.Account;
import org.tadworkbench.account.AccountRole;
import org.tadworkbench.account.PartyCategory;
import org.tadworkbench.review.DocumentState;
import org.tadworkbench.store.GovernanceStore;
import org.tadworkbench.store.WorkspaceStore;

/**
 * Review in the browser over the reference workspace (version 3.0, a draft): section editing with optimistic locking,
 * then one consultation from opening to the response document. Each test uses its own section or the one
 * consultation flow; the edits run first, since from the opening of the consultation the text holds still.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:reviewpages;DB_CLOSE_DELAY=-1",
        "tad.initial-workspace=workspaces/sec-tad"})
@AutoConfigureMockMvc
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ReviewPagesIntegrationTests {

    private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    GovernanceStore governance;
    @Autowired
    WorkspaceStore workspaces;

    static RequestPostProcessor as(String username, AccountRole role, String organisation, PartyCategory category) {
        AccountPrincipal principal = new AccountPrincipal(new Account(username, null, role, organisation, category, true,
                Instant.parse("2026-01-01T00:00:00Z")), "unused");
        return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    static RequestPostProcessor drafter(String name) {
        return as(name, AccountRole.DRAFTER, "SECAS", null);
    }

    static RequestPostProcessor respondent(String name, String organisation) {
        return as(name, AccountRole.RESPONDENT, organisation, PartyCategory.LARGE_SUPPLIER);
    }

    static final RequestPostProcessor QA = as("qa", AccountRole.QUALITY_ASSURANCE, "SECAS", null);

    /** First: the other tests open a consultation, after which the text holds still and edits are refused. */
    @Test
    @org.junit.jupiter.api.Order(1)
    void twoEditsFromOneRevisionOneWinsTheOtherGetsTheConflictViewWithBothTexts() throws Exception {
        String form = mvc.perform(get("/sections/1.4/edit").with(drafter("alice"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<label for=\"text\">", "name=\"preview\"", "name=\"_csrf\"");
        Matcher m = REVISION.matcher(form);
        assertThat(m.find()).isTrue();
        String revision = m.group(1);

        String preview = mvc.perform(post("/sections/1.4").with(drafter("alice")).with(csrf()).param("revision", revision)
                .param("text", "Alice's **draft** <script>alert(1)</script>").param("preview", "preview"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("<strong>draft</strong>", "&lt;script&gt;").doesNotContain("<script>alert");

        mvc.perform(post("/sections/1.4").with(drafter("alice")).with(csrf()).param("revision", revision)
                        .param("text", "Alice's text\nshared line"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sections/1.4"));
        String conflict = mvc.perform(post("/sections/1.4").with(drafter("bob")).with(csrf()).param("revision", revision)
                        .param("text", "Bob's text\nshared line"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("Alice&#39;s text", "Bob&#39;s text", "saved by alice", "name=\"revision\" value=\""
                + (Integer.parseInt(revision) + 1) + "\"", "diff--theirs", "diff--yours");
        assertThat(governance.section(ws(), "1.4").orElseThrow().section().body()).contains("Alice's text");

        // Bob saves a merged text against Alice's revision: both texts survive.
        mvc.perform(post("/sections/1.4").with(drafter("bob")).with(csrf()).param("revision", String.valueOf(Integer.parseInt(revision) + 1))
                        .param("text", "Alice's text\nBob's text\nshared line"))
                .andExpect(status().is3xxRedirection());
        assertThat(governance.section(ws(), "1.4").orElseThrow().section().body()).contains("Alice's text", "Bob's text");
    }

    @Test
    void respondentsAndAnonymousReadersCannotEditSections() throws Exception {
        mvc.perform(get("/sections/1.3/edit").with(respondent("rita", "Example Energy"))).andExpect(status().isForbidden());
        mvc.perform(post("/sections/1.3").with(respondent("rita", "Example Energy")).with(csrf())
                .param("revision", "1").param("text", "vandalised")).andExpect(status().isForbidden());
        mvc.perform(post("/sections/1.3").with(csrf()).param("revision", "1").param("text", "vandalised"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(governance.section(ws(), "1.3").orElseThrow().section().body()).doesNotContain("vandalised");
    }

    @Test
    void aConsultationFromOpeningToTheResponseDocument() throws Exception {
        if (governance.state(ws(), "3.0") == DocumentState.DRAFT) {
            governance.changeState(ws(), "3.0", DocumentState.INTERNAL_REVIEW, "alice", AccountRole.DRAFTER, LocalDate.now());
        }
        // 19 Working Days: refused with the earliest closing date, the form shown again.
        mvc.perform(get("/versions/3.0/consultation/new").with(respondent("rita", "Example Energy"))).andExpect(status().isForbidden());
        String refused = mvc.perform(post("/versions/3.0/consultations").with(QA).with(csrf())
                        .param("audience", "SEC Parties", "TABASC members").param("opens", "2019-03-12").param("closes", "2019-04-08")
                        .param("questions", "Is section 4 clear?\nAnything missing?"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("2019-04-09 at the earliest", "value=\"2019-04-08\"", "Is section 4 clear?");
        assertThat(governance.state(ws(), "3.0")).isEqualTo(DocumentState.INTERNAL_REVIEW);

        String location = mvc.perform(post("/versions/3.0/consultations").with(QA).with(csrf())
                        .param("audience", "SEC Parties").param("opens", "2019-03-12").param("closes", "2019-04-09")
                        .param("questions", "Is section 4 clear?"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/consultations/\\d+");

        // A respondent comments; the text shows as text, never as script.
        mvc.perform(post("/versions/3.0/comments").with(respondent("rita", "Example Energy")).with(csrf())
                        .param("target", "section").param("targetRef", "4.2").param("text", "Please fix <script>alert('x')</script> **this**")
                        .param("proposedChange", "Say SMETS2+"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sections/4.2#comments"));
        String own = mvc.perform(get("/sections/4.2").with(respondent("rita", "Example Energy"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(own).contains("&lt;script&gt;alert(", "<strong>this</strong>", "Say SMETS2+").doesNotContain("<script>alert");
        assertThat(page("/sections/4.2", respondent("otto", "Other Power"))).doesNotContain("Please fix");
        assertThat(page("/sections/4.2", null)).doesNotContain("Please fix");
        assertThat(page(location, QA)).contains("Please fix", "Is section 4 clear?");
        long commentId = governance.loadGovernance(ws()).comments().stream().filter(c -> c.text().startsWith("Please fix"))
                .findFirst().orElseThrow().id();

        // SECAS disposes; a rejection needs its reason; a later disposition supersedes.
        mvc.perform(post("/comments/" + commentId + "/dispositions").with(respondent("rita", "Example Energy")).with(csrf())
                .param("outcome", "NOTED").param("response", "ok")).andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + commentId + "/dispositions").with(QA).with(csrf())
                .param("outcome", "REJECTED").param("response", "No")).andExpect(status().isBadRequest());
        mvc.perform(post("/comments/" + commentId + "/dispositions").with(QA).with(csrf()).param("outcome", "ACCEPTED")
                        .param("response", "Changed as proposed").param("sectionNumber", "4.2").param("returnTo", location))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(location));
        assertThat(page(location, QA)).contains("Disposition: Accepted", "Changed as proposed");

        // The comments log.
        byte[] xlsx = mvc.perform(get(location + "/comments.xlsx").with(QA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Id");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFillPattern()).isNotNull();
            Row row = sheet.getRow(1);
            assertThat(f.formatCellValue(row.getCell(2))).isEqualTo("Example Energy");
            assertThat(f.formatCellValue(row.getCell(5))).startsWith("Please fix");
            assertThat(f.formatCellValue(row.getCell(7))).isEqualTo("Accepted");
            assertThat(f.formatCellValue(row.getCell(10))).startsWith("4.2 (revision ");
        }

        // Import: every row checked, nothing recorded unless all are valid.
        int before = governance.loadGovernance(ws()).comments().size();
        byte[] bad = form(new String[] {"section", "4.2", "Acme", "large-supplier", "Fine", ""},
                new String[] {"chapter", "", "Acme", "large-supplier", "Bad target", ""},
                new String[] {"document", "", "", "not-a-category", "", ""},
                new String[] {"document", "", "Acme", "small-supplier", "=HYPERLINK(\"http://evil\")", ""});
        String errors = mvc.perform(multipart(location + "/comments/import").file(new MockMultipartFile("file", "form.xlsx",
                        "application/octet-stream", bad)).with(QA).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("Nothing was imported", "row 3, column Target", "row 4, column Organisation",
                "row 4, column Party category", "row 4, column Comment");
        assertThat(governance.loadGovernance(ws()).comments()).hasSize(before);
        mvc.perform(multipart(location + "/comments/import").file(new MockMultipartFile("file", "form.xlsx",
                        "application/octet-stream", "not a zip".getBytes(StandardCharsets.UTF_8))).with(QA).with(csrf()))
                .andExpect(status().isBadRequest());
        byte[] good = form(new String[] {"paragraph", "4.2#2", "Acme", "large-supplier", "Imported one", "Change it"},
                new String[] {"document", "", "Acme", "small-supplier", "=HYPERLINK(\"http://evil\")", ""});
        mvc.perform(multipart(location + "/comments/import").file(new MockMultipartFile("file", "form.xlsx",
                        "application/octet-stream", good)).with(QA).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(governance.loadGovernance(ws()).comments()).hasSize(before + 2);
        byte[] log = mvc.perform(get(location + "/comments.xlsx").with(QA)).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(log))) {
            var cell = book.getSheetAt(0).getRow(3).getCell(5);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        mvc.perform(get(location + "/response-form.xlsx")).andExpect(status().isOk());

        // The response document.
        byte[] pdf = mvc.perform(get(location + "/response.pdf").with(QA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Response to consultation", "Please fix <script>", "Disposition: Accepted",
                    "Changed as proposed", "Section 4.2", "Imported one");
        }
    }

    static byte[] form(String[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            String[] header = {"Target", "Reference", "Organisation", "Party category", "Comment", "Proposed change"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    if (!rows[r][i].isEmpty()) {
                        row.createCell(i).setCellValue(rows[r][i]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        var request = get(path);
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String ws() {
        return workspaces.workspaceIds().get(0);
    }
}
