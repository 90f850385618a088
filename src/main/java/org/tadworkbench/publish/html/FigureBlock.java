package org.tadworkbench.publish.html;

import org.commonmark.node.CustomBlock;

/** A view embedded as a figure: the paragraph {@code ![caption](view:id)} stands for the whole figure. */
final class FigureBlock extends CustomBlock {

    final String viewId;
    final String caption;

    FigureBlock(String viewId, String caption) {
        this.viewId = viewId;
        this.caption = caption;
    }
}
