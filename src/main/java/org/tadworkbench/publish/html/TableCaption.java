package org.tadworkbench.publish.html;

import org.commonmark.node.CustomNode;

/** The caption of a table, moved inside the table by {@link Rewrites}; its children are the caption's inlines. */
final class TableCaption extends CustomNode {
}
