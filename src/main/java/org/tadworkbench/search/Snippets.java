package org.tadworkbench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tadworkbench.publish.XmlText;

/**
 * A result's snippet: the stretch of its text with the most hits, as HTML in which the text is escaped and every hit
 * is wrapped in {@code <mark>}. Hits are found with the search's own analyzers, so "meters" marks "meter" and "8.13"
 * marks "8.13" but not "8.130"; a phrase is marked whole, and hits separated only by spaces become one mark.
 */
final class Snippets {

    /** About two lines of a results page. */
    static final int LENGTH = 220;
    private static final int LEAD = 50;

    private record Span(int start, int end) {
    }

    private record Token(String term, Span span) {
    }

    private Snippets() {
    }

    static String of(String text, SearchQuery.Marks marks) {
        if (text.isEmpty()) {
            return "";
        }
        List<Span> hits = merged(text, hits(text, marks));
        int from = hits.isEmpty() ? 0 : windowStart(text, hits);
        int to = Math.min(text.length(), from + LENGTH);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > from + LENGTH / 2 ? space : to;
        }
        StringBuilder html = new StringBuilder();
        if (from > 0) {
            html.append("… ");
        }
        int at = from;
        for (Span hit : hits) {
            if (hit.end() <= from || hit.start() >= to) {
                continue;
            }
            int start = Math.max(hit.start(), from);
            int end = Math.min(hit.end(), to);
            html.append(XmlText.escape(text.substring(at, start))).append("<mark>")
                    .append(XmlText.escape(text.substring(start, end))).append("</mark>");
            at = end;
        }
        html.append(XmlText.escape(text.substring(at, to)));
        if (to < text.length()) {
            html.append(" …");
        }
        return html.toString();
    }

    /** Where the window with the most hits starts: a little before its first hit, at the start of a word. */
    private static int windowStart(String text, List<Span> hits) {
        int best = 0;
        int bestCount = -1;
        for (int i = 0; i < hits.size(); i++) {
            int count = 0;
            for (int j = i; j < hits.size() && hits.get(j).end() <= hits.get(i).start() + LENGTH - LEAD; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                best = i;
            }
        }
        int start = hits.get(best).start();
        if (start <= LEAD) {
            return 0;
        }
        int from = start - LEAD;
        int space = text.indexOf(' ', from);
        return space >= 0 && space < start ? space + 1 : from;
    }

    private static List<Span> hits(String text, SearchQuery.Marks marks) {
        List<Span> hits = new ArrayList<>();
        if (!marks.stems().isEmpty()) {
            tokens(SearchAnalysis.words(), text).stream().filter(t -> marks.stems().contains(t.term()))
                    .forEach(t -> hits.add(t.span()));
        }
        if (!marks.written().isEmpty() || !marks.phrases().isEmpty()) {
            List<Token> written = tokens(SearchAnalysis.written(), text).stream().map(t -> trimmed(text, t)).toList();
            written.stream().filter(t -> marks.written().contains(t.term())).forEach(t -> hits.add(t.span()));
            for (List<String> phrase : marks.phrases()) {
                for (int i = 0; i + phrase.size() <= written.size(); i++) {
                    if (matches(written, i, phrase)) {
                        hits.add(new Span(written.get(i).span().start(), written.get(i + phrase.size() - 1).span().end()));
                    }
                }
            }
        }
        return hits;
    }

    private static boolean matches(List<Token> tokens, int at, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(at + k).term().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Overlapping hits, and hits with only white space between them, become one. */
    private static List<Span> merged(String text, List<Span> hits) {
        List<Span> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span hit : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (hit.start() <= last.end() || text.substring(last.end(), hit.start()).isBlank())) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), hit.end())));
            } else {
                out.add(hit);
            }
        }
        return out;
    }

    /** A token as written spans its raw text; the hit is what is left after trimming the punctuation around it. */
    private static Token trimmed(String text, Token token) {
        String raw = text.substring(token.span().start(), token.span().end());
        Matcher lead = SearchAnalysis.LEADING.matcher(raw);
        int start = token.span().start() + (lead.find() ? lead.end() : 0);
        Matcher trail = SearchAnalysis.TRAILING.matcher(raw);
        int end = token.span().end() - (trail.find() ? raw.length() - trail.start() : 0);
        return new Token(token.term(), new Span(start, Math.max(start, end)));
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), new Span(offset.startOffset(), offset.endOffset())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
