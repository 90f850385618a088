package org.tadworkbench.word;

/** A block of a document, a note or a table cell: a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {
}
