package org.tadworkbench.search;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * How text becomes searchable terms, the one set of rules for indexing, querying and marking hits in snippets. Every
 * title and text is indexed twice:
 * <ul>
 * <li>as <em>words</em> ({@link #words()}): Unicode word breaks, possessives dropped, lower case, English stop words
 * left out (their places kept, so a phrase still needs its words in order), and English stems (KStem, milder than
 * Porter: "meters" and "metering" become "meter", "terminal" stays "terminal");</li>
 * <li>as <em>written</em> ({@link #written()}): split at white space and at {@code , ; ( ) [ ] { } < > " / |}, the
 * punctuation around a token trimmed (a trailing full stop, brackets, quotes; a trailing {@code +} is kept), lower
 * case. This keeps identifiers whole: {@code 8.13}, {@code 6.14.1}, {@code SMETS2+}, {@code DUIS:3.0}.</li>
 * </ul>
 */
public final class SearchAnalysis {

    static final String TITLE = "title";
    static final String TEXT = "text";
    /** Suffix of the as-written fields: {@code title_written}, {@code text_written}. */
    static final String WRITTEN = "_written";

    /** The punctuation trimmed from the start and the end of a token as written (a trailing {@code +} stays). */
    static final Pattern LEADING = Pattern.compile("^[^\\p{L}\\p{N}]+");
    static final Pattern TRAILING = Pattern.compile("[^\\p{L}\\p{N}+]+$");
    private static final String SEPARATORS = ",;()[]{}<>\"/|";

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new KStemFilter(result));
        }
    };

    private static final Analyzer WRITTEN_ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = CharTokenizer.fromSeparatorCharPredicate(
                    c -> Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0);
            TokenStream result = new PatternReplaceFilter(source, LEADING, "", false);
            result = new PatternReplaceFilter(result, TRAILING, "", false);
            result = new LengthFilter(result, 1, 255);
            return new TokenStreamComponents(source, new LowerCaseFilter(result));
        }
    };

    private static final Analyzer INDEXING = new PerFieldAnalyzerWrapper(WORDS,
            Map.of(TITLE + WRITTEN, WRITTEN_ANALYZER, TEXT + WRITTEN, WRITTEN_ANALYZER));

    private SearchAnalysis() {
    }

    /** Words: stemmed, lower case, stop words out. */
    public static Analyzer words() {
        return WORDS;
    }

    /** As written: identifiers kept whole, lower case. */
    public static Analyzer written() {
        return WRITTEN_ANALYZER;
    }

    /** The analyzer of every indexed field, by field name. */
    static Analyzer indexing() {
        return INDEXING;
    }

    /**
     * Whether a token as written is an identifier rather than a word: it has a digit or a character other than a
     * letter, an apostrophe or a hyphen ({@code 8.13}, {@code SMETS2+}, {@code 4.2.1.7}). Identifiers are matched as
     * written, never stemmed or split.
     */
    static boolean isIdentifier(String writtenToken) {
        return writtenToken.codePoints().anyMatch(c -> !Character.isLetter(c) && c != '\'' && c != '\u2019' && c != '-');
    }
}
