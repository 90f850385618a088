/**
 * A reader of Word documents (.docx) into a neutral model: paragraphs with their style, outline level and the
 * numbering label Word displays, runs of text with emphasis, links and note references, tables with merged cells,
 * footnotes and endnotes. It knows nothing of clauses or reviews: the specification intake and the import of
 * reviewers' copies build on it. The table of contents, page headers and footers are left out and the model says so.
 * Reviewers' comments and tracked changes are read as data beside the text ({@link org.tadworkbench.word.ReviewMarkup}):
 * each comment with the paragraph its range starts in, the text it covers and its thread; each change with its kind,
 * author, date, paragraph and text.
 */
package org.tadworkbench.word;
