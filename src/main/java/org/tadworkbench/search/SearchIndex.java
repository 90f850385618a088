package org.tadworkbench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
 * so a page of results is always full and the counts count only what the reader may see. A section or glossary term
 * found in several versions is one result, ranked by its best match and shown in the first (newest) of those versions
 * the reader may see; the others are named in {@link SearchHit#alsoIn()}.
 */
public final class SearchIndex {

    private static final String ENTRY = "entry";
    /** Versions by their numbers (10.0 after 9.1), as everywhere. */
    private static final Comparator<String> VERSION_ORDER = org.tadworkbench.document.VersionNumber.ORDER;

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
        Matches matches = matches(all, shown);
        boolean everyPart = true;
        if (matches.size == 0 && query.hasSeveralParts()) {
            matches = matches(query.anyOf(), shown);
            everyPart = false;
        }
        return ranked(request, query, matches, everyPart);
    }

    /**
     * The matches as results: one per group (the same section or term in several versions), ranked by the group's best
     * score, showing its newest matching version (the lowest entry index); counted per kind; only the page asked for
     * gets its snippets and other versions. Works in arrays over the groups, as a common word matches thousands.
     */
    private SearchResults ranked(SearchRequest request, SearchQuery query, Matches matches, boolean everyPart) {
        float[] best = new float[entries.size()];
        int[] shown = new int[entries.size()];
        Arrays.fill(shown, -1);
        int[] groups = new int[matches.size];
        int found = 0;
        Map<SearchKind, Integer> byKind = new EnumMap<>(SearchKind.class);
        for (int i = 0; i < matches.size; i++) {
            int entry = matches.entries[i];
            int group = sameAs[entry];
            if (shown[group] < 0) {
                SearchKind kind = entries.get(entry).kind();
                byKind.merge(kind, 1, Integer::sum);
                if (request.kinds().isEmpty() || request.kinds().contains(kind)) {
                    groups[found++] = group;
                }
                best[group] = matches.scores[i];
                shown[group] = entry;
            } else {
                best[group] = Math.max(best[group], matches.scores[i]);
                shown[group] = Math.min(shown[group], entry);
            }
        }
        Comparator<Integer> rank = (a, b) -> {
            int byScore = Float.compare(best[b], best[a]);
            return byScore != 0 ? byScore : Integer.compare(shown[a], shown[b]);
        };
        List<Integer> page = top(groups, found, request.offset() + request.limit(), rank);
        page = page.subList(Math.min(request.offset(), page.size()), page.size());
        Map<Integer, List<String>> alsoIn = new HashMap<>();
        page.forEach(group -> alsoIn.put(group, new ArrayList<>()));
        for (int i = 0; i < matches.size; i++) {
            int entry = matches.entries[i];
            List<String> versions = alsoIn.get(sameAs[entry]);
            if (versions != null && entry != shown[sameAs[entry]]) {
                versions.add(entries.get(entry).target().version());
            }
        }
        SearchQuery.Marks marks = query.marks();
        List<SearchHit> hits = page.stream().map(group -> {
            SearchEntry entry = entries.get(shown[group]);
            return new SearchHit(entry, Snippets.of(entry.text(), marks),
                    alsoIn.get(group).stream().sorted(VERSION_ORDER.reversed()).toList());
        }).toList();
        return new SearchResults(hits, found, byKind, everyPart);
    }

    /** The first {@code k} of {@code count} groups in {@code order}, through a heap of k rather than a full sort. */
    private static List<Integer> top(int[] groups, int count, int k, Comparator<Integer> order) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, order.reversed());
        for (int i = 0; i < count; i++) {
            heap.add(groups[i]);
            if (heap.size() > k) {
                heap.poll();
            }
        }
        List<Integer> top = new ArrayList<>(heap);
        top.sort(order);
        return top;
    }

    /** The entries that matched and their scores, in two growing arrays (a common word matches thousands). */
    private static final class Matches {
        int[] entries = new int[256];
        float[] scores = new float[256];
        int size;

        void add(int entry, float score) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            entries[size] = entry;
            scores[size++] = score;
        }
    }

    private Matches matches(Query query, Predicate<SearchEntry> shown) {
        Matches matches = new Matches();
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
                        matches.add(index, scorer.score() * entry.kind().weight());
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
