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
import org.tadworkbench.document.SectionNumber;

/**
 * An in-memory Lucene index of a list of {@link SearchEntry}s, built once and then only read (safe to share between
 * requests). Ranking is Lucene's BM25 over titles (weighted three times) and texts, times the kind's weight. Who may
 * see what is the caller's rule, passed to {@link #search} as a predicate and applied to every match before ranking,
 * so a page of results is always full and the counts count only what the reader may see. A section or glossary term
 * found in several versions is one result, ranked by its best match and shown in the first (newest) of those versions
 * the reader may see; the others are named in {@link SearchHit#alsoIn()}.
 */
public final class SearchIndex {

    private static final String ENTRY = "entry";
    /** Versions by their numbers (10.0 after 9.1); anything else after them, as text. */
    private static final Comparator<String> VERSION_ORDER = Comparator.comparing(
            (String v) -> SectionNumber.isWellFormed(v) ? SectionNumber.parse(v) : null,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder());

    private final List<SearchEntry> entries;
    /** For each entry, the first entry that is the same thing in another version ({@link SearchEntry#sameness()}). */
    private final int[] sameAs;
    private final IndexSearcher searcher;

    private SearchIndex(List<SearchEntry> entries, int[] sameAs, IndexSearcher searcher) {
        this.entries = entries;
        this.sameAs = sameAs;
        this.searcher = searcher;
    }

    /** Indexes the entries; of the same thing in several versions, the earlier entry is preferred. */
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
                Result ranked = results.get(group);
                if (ranked != null) {
                    results.put(group, ranked.with(match.entry(), entry));
                }
                continue;
            }
            byKind.merge(entry.kind(), 1, Integer::sum);
            if (request.wants(entry)) {
                results.put(group, new Result(match.entry(), entry, List.of()));
            }
        }
        SearchQuery.Marks marks = query.marks();
        List<SearchHit> hits = results.values().stream().skip(request.offset()).limit(request.limit())
                .map(r -> new SearchHit(r.entry(), Snippets.of(r.entry().text(), marks), r.alsoIn())).toList();
        return new SearchResults(hits, results.size(), byKind, everyPart);
    }

    /**
     * A result being gathered: it keeps the rank of its best match and shows the entry of the newest version among its
     * matches (the lowest index); the other versions that match are listed in {@code alsoIn}, newest first.
     */
    private record Result(int index, SearchEntry entry, List<String> alsoIn) {

        Result with(int otherIndex, SearchEntry other) {
            List<String> versions = new ArrayList<>(alsoIn);
            if (otherIndex < index) {
                versions.add(entry.target().version());
                return new Result(otherIndex, other, newestFirst(versions));
            }
            versions.add(other.target().version());
            return new Result(index, entry, newestFirst(versions));
        }
    }

    private static List<String> newestFirst(List<String> versions) {
        return versions.stream().sorted(VERSION_ORDER.reversed()).toList();
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
