package org.tadworkbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tadworkbench.document.Applicability;
import org.tadworkbench.document.Section;

/**
 * What keeps the pages of a very large document short: the outline opens its first levels and the reader's branch
 * only, counting what each collapsed section holds; long lists come a page at a time.
 */
class LongListsTests {

    /** 1, 1.1, 1.1.1, 1.1.2, 1.2, 2, 2.1, 2.1.1, 2.1.1.1. */
    private static final List<Section> SECTIONS = List.of("1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1", "2.1.1", "2.1.1.1")
            .stream().map(n -> new Section(n, "Section " + n, Applicability.BOTH, List.of(), List.of(), "")).toList();

    @Test
    void theOutlineCountsWhatEachSectionHolds() {
        List<OutlineNode> tree = OutlineNode.tree(SECTIONS);

        assertThat(tree).extracting(n -> n.section().number()).containsExactly("1", "2");
        assertThat(tree).extracting(OutlineNode::descendants).containsExactly(4, 3);
        assertThat(tree.get(0).children()).extracting(OutlineNode::descendants).containsExactly(2, 0);
        assertThat(tree).noneMatch(OutlineNode::collapsed);
    }

    @Test
    void aLongOutlineOpensItsFirstLevelsAndTheReadersBranch() {
        List<OutlineNode> tree = OutlineNode.tree(SECTIONS);

        List<OutlineNode> closed = OutlineNode.opened(tree, 2, null);
        assertThat(numbers(closed)).containsExactly("1", "1.1", "1.2", "2", "2.1");
        assertThat(closed.get(0).children().get(0)).extracting(OutlineNode::collapsed, OutlineNode::descendants)
                .containsExactly(true, 2);
        assertThat(closed.get(0).children().get(1).collapsed()).as("nothing to open under 1.2").isFalse();

        assertThat(numbers(OutlineNode.opened(tree, 2, "2.1.1"))).containsExactly("1", "1.1", "1.2", "2", "2.1", "2.1.1",
                "2.1.1.1");
        assertThat(numbers(OutlineNode.opened(tree, 2, "1.1"))).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2", "2",
                "2.1");
        assertThat(numbers(OutlineNode.opened(tree, 2, "9.9"))).as("an unknown section opens nothing")
                .containsExactly("1", "1.1", "1.2", "2", "2.1");
    }

    @Test
    void theOutlineIsWrittenEscapedWithALinkToEachCollapsedBranch() {
        List<Section> hostile = List.of(new Section("1", "<script>alert(1)</script> & more", Applicability.SMETS1, List.of(),
                List.of(), ""), new Section("1.1", "Below", Applicability.BOTH, List.of(), List.of(), ""));

        String html = OutlineHtml.of(OutlineNode.opened(OutlineNode.tree(hostile), 1, null), "/tad", new Labels());

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", "href=\"/tad/sections/1\"",
                "href=\"/tad/outline?open=1#o-1\"", "aria-label=\"Open the 1 subsections of 1\"",
                "<span class=\"visually-hidden\">Applies to </span><span>SMETS1</span>");
        assertThat(html).doesNotContain("<script>", "Below");
    }

    @Test
    void aLongListComesAPageAtATime() {
        List<Integer> items = IntStream.rangeClosed(1, 250).boxed().toList();

        Paged<Integer> first = Paged.of(items, null, 100);
        assertThat(first).extracting(Paged::page, Paged::pages, Paged::first, Paged::last, Paged::total, Paged::previous,
                Paged::next).containsExactly(1, 3, 1, 100, 250, null, 2);
        assertThat(Paged.of(items, 3, 100).items()).containsExactly(IntStream.rangeClosed(201, 250).boxed().toArray(Integer[]::new));
        assertThat(Paged.of(items, 99, 100).page()).as("past the end: the last page").isEqualTo(3);
        assertThat(Paged.of(items, -1, 100).page()).isEqualTo(1);
        assertThat(Paged.of(List.of(), null, 100)).extracting(Paged::paged, Paged::first, Paged::last).containsExactly(false, 0, 0);
        assertThat(Paged.of(items.subList(0, 100), null, 100, 50).paged()).as("short enough for one page").isFalse();
        assertThat(Paged.of(items, 2, 100, 50).items()).first().isEqualTo(51);
    }

    private static List<String> numbers(List<OutlineNode> nodes) {
        return nodes.stream().flatMap(n -> java.util.stream.Stream.concat(java.util.stream.Stream.of(n.section().number()),
                numbers(n.children()).stream())).toList();
    }
}
