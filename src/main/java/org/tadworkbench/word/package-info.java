/**
 * A reader of Word documents (.docx) into a neutral model: paragraphs with their style, outline level and the
 * numbering label Word displays, runs of text with emphasis, links and note references, tables with merged cells,
 * footnotes and endnotes. It knows nothing of clauses or reviews: the specification intake and the import of
 * reviewers' copies build on it. The table of contents, page headers and footers are left out and the model says so.
 */
package org.tadworkbench.word;
