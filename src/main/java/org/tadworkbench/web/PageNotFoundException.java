package org.tadworkbench.web;

/** The page names something the workspace does not have, such as an unknown section number. */
class PageNotFoundException extends RuntimeException {
    PageNotFoundException(String message) {
        super(message);
    }
}
