package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.Paragraphs;
import org.tadworkbench.document.Section;
import org.tadworkbench.review.CommentTarget;
import org.tadworkbench.review.CommentTargets;

/**
 * The paragraph numbers shown beside a section's text are exactly the numbers a comment may name: over many
 * generated bodies (paragraphs, lists, captioned and bare tables, figures, quotes, code, breaks, headings, blank
 * line runs), the page shows p1..pN, and the comment check accepts 1..N and refuses 0 and N + 1.
 */
class ParagraphNumbersTests {

    private static final Pattern ANCHOR = Pattern.compile("<div class=\"para\" id=\"p(\\d+)\">");
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** Each block with how many paragraphs it is. */
    private record Block(String markdown, int paragraphs) {
    }

    private static final List<Block> BLOCKS = List.of(
            new Block("A plain paragraph of text.", 1),
            new Block("A paragraph\nover two lines with a [link](section:1.1).", 1),
            new Block("- one\n- two\n\n- three after a blank line", 1),
            new Block("1. first\n2. second", 1),
            new Block("Table 2.1: Parties and roles\n\n| Party | Role |\n|---|---|\n| DCC | Operator |", 1),
            new Block("Table 2.2 Without a colon\n| A | B |\n|---|---|\n| 1 | 2 |", 1),
            new Block("| Bare | Table |\n|---|---|\n| x | y |", 1),
            new Block("![Figure 4.2 Application Model](view:application-model)", 1),
            new Block("Text with ![an inline figure](view:application-model) inside.", 1),
            new Block("> A quotation\n> over two lines", 1),
            new Block("```\ncode block\n\nwith a blank line\n```", 1),
            new Block("### A heading in the body", 1),
            new Block("---", 0));

    @Test
    void theNumbersShownAreTheNumbersAcceptedOverGeneratedBodies() {
        Random random = new Random(20260513L);
        for (int trial = 0; trial < 400; trial++) {
            StringBuilder body = new StringBuilder();
            int expected = 0;
            Block previous = null;
            for (int i = random.nextInt(9); i > 0; i--) {
                Block block = BLOCKS.get(random.nextInt(BLOCKS.size()));
                if (block == previous && block.markdown().matches("(?s)(- |1\\. ).*")) {
                    continue; // a list after a blank line and a list of the same kind is one list: CommonMark's rule
                }
                previous = block;
                body.append(block.markdown()).append("\n".repeat(2 + random.nextInt(2)));
                expected += block.paragraphs();
            }
            String text = body.toString();
            List<Integer> shown = shownNumbers(renderer.toNumberedHtml(text, "/sections/", "/model/views/", "?paragraph=%d"));
            int count = Paragraphs.count(text);
            assertThat(count).as("paragraphs of:\n" + text).isEqualTo(expected);
            assertThat(shown).as("numbers shown for:\n" + text).isEqualTo(oneTo(count));

            CommentTargets targets = CommentTargets.of("1.0", List.of(new Section("2.1", "Generated", Applicability.BOTH,
                    List.of(), List.of(), text)));
            for (int n : shown) {
                assertThat(targets.problem(CommentTarget.PARAGRAPH, "2.1#" + n)).as("paragraph %d of:\n%s", n, text).isEmpty();
            }
            assertThat(targets.problem(CommentTarget.PARAGRAPH, "2.1#" + (count + 1))).isPresent();
            assertThat(targets.problem(CommentTarget.PARAGRAPH, "2.1#0")).isPresent();
        }
    }

    /**
     * A proposed change replaces one paragraph and nothing else: over generated bodies, each paragraph's source is
     * found, replacing it with itself gives the body back byte for byte, and replacing it with new text changes that
     * paragraph only, keeping the number of paragraphs and every other paragraph's source.
     */
    @Test
    void replacingOneParagraphKeepsEveryOtherAsWrittenOverGeneratedBodies() {
        Random random = new Random(20261202L);
        for (int trial = 0; trial < 300; trial++) {
            StringBuilder body = new StringBuilder();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                body.append(BLOCKS.get(random.nextInt(BLOCKS.size())).markdown()).append("\n".repeat(2 + random.nextInt(2)));
            }
            String text = body.toString();
            List<String> sources = Paragraphs.sources(text);
            assertThat(sources).as("sources of:\n" + text).hasSize(Paragraphs.count(text));
            for (int n = 1; n <= sources.size(); n++) {
                assertThat(Paragraphs.replace(text, n, sources.get(n - 1))).as("paragraph %d of:\n%s", n, text).isEqualTo(text);
                List<String> expected = new ArrayList<>(sources);
                expected.set(n - 1, "A proposed paragraph\nover two lines.");
                String changed = Paragraphs.replace(text, n, "A proposed paragraph\nover two lines.");
                assertThat(Paragraphs.sources(changed)).as("paragraph %d replaced in:\n%s", n, text).isEqualTo(expected);
            }
        }
    }

    @Test
    void aParagraphProposedForDeletionGoesWithItsBlankLine() {
        assertThat(Paragraphs.replace("One.\n\nTwo.\n\nThree.\n", 2, "")).isEqualTo("One.\n\nThree.\n");
        assertThat(Paragraphs.replace("One.\n\nTwo.\n", 2, " ")).isEqualTo("One.\n");
    }

    @Test
    void aTableCaptionIsPartOfItsTableAndAThematicBreakIsNoParagraph() {
        assertThat(Paragraphs.count("Table 9.9: Parties\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n---\n\nAfter.\n")).isEqualTo(2);
        assertThat(Paragraphs.count("Table 9.9: a caption-like line with no table after it\n\nText.\n")).isEqualTo(2);
        assertThat(Paragraphs.count("")).isZero();
    }

    @Test
    void eachNumberLinksToItsOwnAnchorAndOffersACommentOnIt() {
        String html = renderer.toNumberedHtml("First.\n\nSecond.\n", "/sections/", "/model/views/",
                "?paragraph=%d#comment-form-title");
        assertThat(html).contains("<a class=\"para__number\" href=\"#p2\"><span class=\"visually-hidden\">Paragraph </span>2</a>",
                "<a href=\"?paragraph=2#comment-form-title\">Comment on paragraph 2</a>");
        assertThat(renderer.toNumberedHtml("First.\n", "/sections/", "/model/views/", null)).doesNotContain("Comment on");
    }

    @Test
    void sectionsAndFiguresAreCheckedAgainstTheVersionsText() {
        CommentTargets targets = CommentTargets.of("3.0", List.of(
                new Section("4.2", "Application Model", Applicability.BOTH, List.of(), List.of(),
                        "Intro.\n\n![Figure 4.2 Application Model](view:application-model)\n")));
        assertThat(targets.problem(CommentTarget.SECTION, "4.2")).isEmpty();
        assertThat(targets.problem(CommentTarget.SECTION, "9.9")).contains("Version 3.0 has no section 9.9.");
        assertThat(targets.problem(CommentTarget.FIGURE, "application-model")).isEmpty();
        assertThat(targets.problem(CommentTarget.FIGURE, "nosuchview").orElseThrow())
                .contains("no figure of view 'nosuchview'", "application-model");
        assertThat(targets.problem(CommentTarget.PARAGRAPH, "4.2#3").orElseThrow())
                .isEqualTo("Section 4.2 of version 3.0 has 2 paragraphs: there is no paragraph 3.");
        assertThat(targets.problem(CommentTarget.PARAGRAPH, "4.2")).isPresent();
        assertThat(targets.problem(CommentTarget.DOCUMENT, null)).isEmpty();
    }

    private static List<Integer> shownNumbers(String html) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = ANCHOR.matcher(html);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    private static List<Integer> oneTo(int n) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
