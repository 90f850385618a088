package org.tadworkbench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The query rules a reader relies on: stems, identifiers as written, phrases, ranking, snippets, visibility. */
class SearchIndexTests {

    private static SearchEntry section(String version, String number, String title, String text) {
        return new SearchEntry(new SearchTarget.Section(version, number), number + " " + title, text);
    }

    private static final SearchIndex INDEX = SearchIndex.of(List.of(
            section("3.0", "4.2.1.7", "Hand Held Terminal (HHT)",
                    "The HHT route is not supported because DCC does not offer SRV 8.13 Return Local Command Response."),
            section("3.0", "2.1", "Background", "This version extends the background to SMETS1 devices."),
            section("2.0", "2.1", "Background", "The background of smart metering."),
            section("3.0", "4.1", "Metering", "Each smart meter reads consumption. See (SRV 6.14.1)."),
            section("3.0", "4.3", "Variants", "SMETS2+ devices join the HAN; SMETS2 alone is not enough. Value 8.130 differs."),
            section("3.0", "4.4", "Terminals", "A terminal that is held by hand: <script>alert(1)</script> is text."),
            section("3.0", "5.1", "Unchanged", "Words that stay the same in every version."),
            section("2.0", "5.1", "Unchanged", "Words that stay the same in every version."),
            new SearchEntry(new SearchTarget.Term("3.0", "HHT"), "HHT", "Hand Held Terminal, a device an installer carries."),
            new SearchEntry(new SearchTarget.Impact("r1", "A1"), "Impact A1 (r1): DUIS 8.13", "Section 4.2.1.7 Hand Held Terminal.")));

    private static List<String> titles(String query) {
        return titles(SearchRequest.of(query));
    }

    private static List<String> titles(SearchRequest request) {
        return INDEX.search(request, e -> true).hits().stream().map(h -> h.entry().title()).toList();
    }

    private static String firstSnippet(String query) {
        return INDEX.search(SearchRequest.of(query), e -> true).hits().get(0).snippet();
    }

    @Test
    void wordsAreStemmedSoMetersFindsMeterAndTheHitIsMarked() {
        assertThat(titles("meters")).first().isEqualTo("4.1 Metering");
        assertThat(firstSnippet("meters")).contains("smart <mark>meter</mark> reads");
        assertThat(titles("metering")).contains("4.1 Metering", "2.1 Background");
    }

    @Test
    void identifiersAreFoundAsWrittenNotAsPartsOrStems() {
        assertThat(titles("8.13")).containsExactlyInAnyOrder("4.2.1.7 Hand Held Terminal (HHT)", "Impact A1 (r1): DUIS 8.13");
        assertThat(INDEX.search(SearchRequest.of("8.13"), e -> true).hits()).anySatisfy(h ->
                assertThat(h.snippet()).contains("SRV <mark>8.13</mark> Return"));
        assertThat(titles("8.130")).containsExactly("4.3 Variants");
        assertThat(titles("SMETS2+")).containsExactly("4.3 Variants");
        assertThat(firstSnippet("SMETS2+")).startsWith("<mark>SMETS2+</mark> devices");
        assertThat(titles("SMETS2")).containsExactly("4.3 Variants");
        assertThat(titles("SMETS1")).containsExactly("2.1 Background");
        assertThat(titles("SRV 6.14.1")).containsExactly("4.1 Metering");
        assertThat(titles("\"SRV 6.14.1\"")).containsExactly("4.1 Metering");
        assertThat(firstSnippet("\"SRV 6.14.1\"")).contains("(<mark>SRV 6.14.1</mark>).");
        assertThat(titles("4.2.1.7")).startsWith("4.2.1.7 Hand Held Terminal (HHT)");
    }

    @Test
    void aPhraseNeedsItsWordsInOrderAndIsMarkedWhole() {
        assertThat(titles("\"extends the background\"")).containsExactly("2.1 Background");
        assertThat(firstSnippet("\"extends the background\"")).contains("<mark>extends the background</mark>");
        assertThat(titles("\"background extends\"")).isEmpty();
        assertThat(titles("\"held by hand\"")).containsExactly("4.4 Terminals");
    }

    @Test
    void theSectionAboutAThingComesBeforeThoseThatMentionIt() {
        assertThat(titles("hand held terminal")).first().isEqualTo("4.2.1.7 Hand Held Terminal (HHT)");
        assertThat(titles("hand held terminal")).contains("HHT", "Impact A1 (r1): DUIS 8.13");
    }

    @Test
    void snippetsEscapeTheTextAndMarkOnlyTheHits() {
        String snippet = firstSnippet("terminal script");
        assertThat(snippet).contains("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void aSectionFoundInSeveralVersionsIsOneResultInTheNewestVersionShown() {
        SearchResults changed = INDEX.search(SearchRequest.of("background"), e -> true);
        assertThat(changed.hits()).singleElement().satisfies(h -> {
            assertThat(h.entry().target().version()).isEqualTo("3.0");
            assertThat(h.alsoIn()).containsExactly("2.0");
        });
        SearchResults all = INDEX.search(SearchRequest.of("stay"), e -> true);
        assertThat(all.hits()).singleElement().satisfies(h -> {
            assertThat(h.entry().target().version()).isEqualTo("3.0");
            assertThat(h.alsoIn()).containsExactly("2.0");
        });
        SearchResults published = INDEX.search(SearchRequest.of("stay"), e -> !"3.0".equals(e.target().version()));
        assertThat(published.hits()).singleElement().satisfies(h -> {
            assertThat(h.entry().target().version()).isEqualTo("2.0");
            assertThat(h.alsoIn()).isEmpty();
        });
    }

    @Test
    void whatTheReaderMayNotSeeIsNeitherListedNorCounted() {
        SearchResults results = INDEX.search(SearchRequest.of("background"), e -> !"3.0".equals(e.target().version()));
        assertThat(results.hits()).extracting(h -> h.entry().text()).containsExactly("The background of smart metering.");
        assertThat(results.total()).isEqualTo(1);
        assertThat(results.byKind()).containsEntry(SearchKind.SECTION, 1);
    }

    @Test
    void filtersByKindAndVersionCountTheOtherKindsStill() {
        SearchResults terms = INDEX.search(new SearchRequest("terminal", Set.of(SearchKind.TERM), null, 0, 20), e -> true);
        assertThat(terms.hits()).extracting(h -> h.entry().title()).containsExactly("HHT");
        assertThat(terms.byKind()).containsEntry(SearchKind.SECTION, 2).containsEntry(SearchKind.TERM, 1);
        assertThat(titles(new SearchRequest("background", Set.of(), "2.0", 0, 20))).containsExactly("2.1 Background");
    }

    @Test
    void whenNothingHasEveryWordTheResultsHaveSomeOfThemAndSaySo() {
        SearchResults results = INDEX.search(SearchRequest.of("background zebrafish"), e -> true);
        assertThat(results.everyPart()).isFalse();
        assertThat(results.hits()).isNotEmpty();
        assertThat(INDEX.search(SearchRequest.of("zebrafish"), e -> true).hits()).isEmpty();
        assertThat(INDEX.search(SearchRequest.of("the \"\""), e -> true).hits()).isEmpty();
        assertThat(INDEX.search(SearchRequest.of("background ".repeat(5000)), e -> true).hits()).isNotEmpty();
    }
}
