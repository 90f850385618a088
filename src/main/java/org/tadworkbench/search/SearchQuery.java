package org.tadworkbench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a reader typed, understood: {@code "quoted text"} is a phrase (its words in that order), every other token a
 * word (stemmed: "meters" finds "meter") or, when it has a digit or a symbol, an identifier matched as written
 * ({@code 8.13}, {@code SMETS2+}). A phrase with an identifier in it is matched as written too ({@code "SRV 6.14.1"}).
 * Every word, identifier and phrase must match ({@link #allOf()}); {@link #anyOf()} is the fallback when nothing has
 * them all. Titles weigh three times the text, and the unquoted words found near each other rank higher.
 */
public final class SearchQuery {

    private static final float TITLE_BOOST = 3f;
    private static final int NEAR = 3;
    /** More than this many words, identifiers and phrases are not a search but a pasted text: the rest is ignored. */
    static final int MAX_PARTS = 32;

    /** One thing that must match: a word, an identifier or a phrase, as the written analyzer split it. */
    private record Part(List<String> written, boolean phrase, boolean asWritten) {
    }

    private final String text;
    private final List<Part> parts;
    private final List<String> looseWords;

    private SearchQuery(String text, List<Part> parts, List<String> looseWords) {
        this.text = text;
        this.parts = parts;
        this.looseWords = looseWords;
    }

    public static SearchQuery parse(String text) {
        String typed = text == null ? "" : text.strip();
        List<Part> parts = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        String[] pieces = typed.split("[\"\u201C\u201D]", -1);
        for (int i = 0; i < pieces.length; i++) {
            List<String> tokens = tokens(SearchAnalysis.written(), pieces[i]);
            boolean quoted = i % 2 == 1 && i < pieces.length - 1;
            if (quoted && tokens.size() > 1) {
                parts.add(new Part(tokens, true, tokens.stream().anyMatch(SearchAnalysis::isIdentifier)));
                continue;
            }
            for (String token : tokens) {
                boolean identifier = SearchAnalysis.isIdentifier(token);
                parts.add(new Part(List.of(token), false, identifier));
                if (!identifier) {
                    loose.add(token);
                }
            }
        }
        return new SearchQuery(typed, List.copyOf(parts.subList(0, Math.min(parts.size(), MAX_PARTS))),
                List.copyOf(loose.subList(0, Math.min(loose.size(), MAX_PARTS))));
    }

    public String text() {
        return text;
    }

    /** Whether nothing searchable was typed (empty, or only stop words and punctuation). */
    public boolean isEmpty() {
        return allOf() == null;
    }

    /** Every part must match; null when nothing searchable was typed. */
    Query allOf() {
        return combine(Occur.MUST);
    }

    /** At least one part must match: the fallback when no entry has them all. */
    Query anyOf() {
        return combine(Occur.SHOULD);
    }

    /** Whether the query has more than one part, so that {@link #anyOf()} may find what {@link #allOf()} did not. */
    boolean hasSeveralParts() {
        return parts.size() > 1;
    }

    private Query combine(Occur occur) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int added = 0;
        for (Part part : parts) {
            Query q = query(part);
            if (q != null) {
                all.add(q, occur);
                added++;
            }
        }
        if (added == 0) {
            return null;
        }
        if (looseWords.size() > 1) {
            Query near = inTitleOrText(new QueryBuilder(SearchAnalysis.words()), "", String.join(" ", looseWords), NEAR);
            if (near != null) {
                all.add(near, Occur.SHOULD);
            }
        }
        return all.build();
    }

    private static Query query(Part part) {
        if (part.asWritten()) {
            return inTitleOrText(new QueryBuilder(SearchAnalysis.written()), SearchAnalysis.WRITTEN,
                    String.join(" ", part.written()), 0);
        }
        return inTitleOrText(new QueryBuilder(SearchAnalysis.words()), "", String.join(" ", part.written()), 0);
    }

    /** The text as a phrase (a term when it is one token) in the title, boosted, or in the text; null when no token. */
    private static Query inTitleOrText(QueryBuilder builder, String suffix, String text, int slop) {
        Query title = builder.createPhraseQuery(SearchAnalysis.TITLE + suffix, text, slop);
        Query body = builder.createPhraseQuery(SearchAnalysis.TEXT + suffix, text, slop);
        if (title == null || body == null) {
            return null;
        }
        return new BooleanQuery.Builder().add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
                .add(body, Occur.SHOULD).build();
    }

    /** The terms to mark in a snippet: stems of the words, identifiers as written. */
    Marks marks() {
        Set<String> stems = new LinkedHashSet<>();
        Set<String> written = new LinkedHashSet<>();
        List<List<String>> phrases = new ArrayList<>();
        for (Part part : parts) {
            if (part.phrase()) {
                phrases.add(part.written());
            }
            if (part.asWritten()) {
                written.addAll(part.written());
            } else {
                stems.addAll(tokens(SearchAnalysis.words(), String.join(" ", part.written())));
            }
        }
        return new Marks(stems, written, phrases);
    }

    /** What to mark: stemmed words, tokens as written, and phrases (token sequences as written) marked whole. */
    record Marks(Set<String> stems, Set<String> written, List<List<String>> phrases) {
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
