package org.tadworkbench.intake.pdf;

/**
 * A heading found in a PDF: its number, title, level and page, the index of its first line among the page's lines and
 * how many lines its text takes there (0 when a bookmark points at a place whose heading text was not found: the
 * clause then starts at that place).
 */
record PdfHeading(String number, String title, int level, int page, int line, int lines) {
}
