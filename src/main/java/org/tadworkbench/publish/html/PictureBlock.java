package org.tadworkbench.publish.html;

import org.commonmark.node.CustomBlock;

/** A picture shown as a figure: the paragraph {@code ![caption](figures/x.png)} stands for the whole figure. */
final class PictureBlock extends CustomBlock {

    final String path;
    final String caption;

    PictureBlock(String path, String caption) {
        this.path = path;
        this.caption = caption;
    }
}
