package org.tadworkbench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of a list of {@link SearchEntry}s, built once and then only read (safe to share between
 * requests). Ranking is Lucene's BM25 over titles (weighted three times) and texts, times the kind's weight. Who may
 * see what is the caller's rule, passed to {@link #search} as a predicate and applied to every match before ranking,
 * so a page of results is always full and the counts count only what the reader may see. Entries with the same words
 * in several versions are one result, in the first (newest) version the reader may see; the others are named in
 * {@link SearchHit#alsoIn()}.
 */
public final class SearchIndex {

    private static final String ENTRY = "entry";

    private final List<SearchEntry> entries;
    /** For each entry, the first entry with the same words ({@link SearchEntry#sameness()}). */
    private final int[] sameAs;
    private final IndexSearcher searcher;

    private SearchIndex(List<SearchEntry> entries, int[] sameAs, IndexSearcher searcher) {
        this.entries = entries;
        this.sameAs = sameAs;
        this.searcher = searcher;
    }

    /** Indexes the entries; where entries have the same words, the earlier one is preferred. */
    public static SearchIndex of(List<SearchEntry> entries) {
        List<SearchEntry> kept = List.copyOf(entries);
        int[] sameAs = new int[kept.size()];
        Map<Object, Integer> first = new HashMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalysis.indexing()).setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < kept.size(); i++) {
                SearchEntry entry = kept.get(i);
                int at = i;
                sameAs[i] = first.computeIfAbsent(entry.sameness(), k -> at);
                writer.addDocument(document(i, entry));
            }
            writer.commit();
            return new SearchIndex(kept, sameAs, new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the search index in memory", e);
        }
    }

    public int size() {
        return entries.size();
    }

    private static Document document(int index, SearchEntry entry) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ENTRY, index));
        doc.add(new TextField(SearchAnalysis.TITLE, entry.title(), Field.Store.NO));
        doc.add(new TextField(SearchAnalysis.TITLE + SearchAnalysis.WRITTEN, entry.title(), Field.Store.NO));
        doc.add(new TextField(SearchAnalysis.TEXT, entry.text(), Field.Store.NO));
        doc.add(new TextField(SearchAnalysis.TEXT + SearchAnalysis.WRITTEN, entry.text(), Field.Store.NO));
        return doc;
    }

    /**
     * The results of {@code request} among the entries {@code visible} accepts. When nothing has every word,
     * identifier and phrase, the results are those with some of them ({@link SearchResults#everyPart()} false).
     */
    public SearchResults search(SearchRequest request, Predicate<SearchEntry> visible) {
        SearchQuery query = SearchQuery.parse(request.query());
        Query all = query.allOf();
        if (all == null) {
            return SearchResults.none();
        }
        Predicate<SearchEntry> shown = visible.and(e -> request.version() == null
                || request.version().equals(e.target().version()));
        List<Match> matches = matches(all, shown);
        boolean everyPart = true;
        if (matches.isEmpty() && query.hasSeveralParts()) {
            matches = matches(query.anyOf(), shown);
            everyPart = false;
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingInt(Match::entry));
        Map<Integer, Result> results = new LinkedHashMap<>();
        Set<Integer> seen = new HashSet<>();
        Map<SearchKind, Integer> byKind = new EnumMap<>(SearchKind.class);
        for (Match match : matches) {
            SearchEntry entry = entries.get(match.entry());
            int group = sameAs[match.entry()];
            if (!seen.add(group)) {
                Result shownFirst = results.get(group);
                if (shownFirst != null) {
                    shownFirst.alsoIn().add(entry.target().version());
                }
                continue;
            }
            byKind.merge(entry.kind(), 1, Integer::sum);
            if (request.wants(entry)) {
                results.put(group, new Result(entry, new ArrayList<>()));
            }
        }
        SearchQuery.Marks marks = query.marks();
        List<SearchHit> hits = results.values().stream().skip(request.offset()).limit(request.limit())
                .map(r -> new SearchHit(r.entry(), Snippets.of(r.entry().text(), marks), r.alsoIn())).toList();
        return new SearchResults(hits, results.size(), byKind, everyPart);
    }

    /** A result being gathered: the entry shown and the other versions with the same words. */
    private record Result(SearchEntry entry, List<String> alsoIn) {
    }

    private record Match(int entry, float score) {
    }

    private List<Match> matches(Query query, Predicate<SearchEntry> shown) {
        List<Match> matches = new ArrayList<>();
        try {
            searcher.search(query, new SimpleCollector() {
                private NumericDocValues entryOf;
                private Scorable scorer;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    entryOf = context.reader().getNumericDocValues(ENTRY);
                }

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!entryOf.advanceExact(doc)) {
                        return;
                    }
                    int index = (int) entryOf.longValue();
                    SearchEntry entry = entries.get(index);
                    if (shown.test(entry)) {
                        matches.add(new Match(index, scorer.score() * entry.kind().weight()));
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }
}
