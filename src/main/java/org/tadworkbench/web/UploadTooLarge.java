package org.tadworkbench.web;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the server's limit (spring.servlet.multipart.max-file-size) fails before any page's handler is
 * chosen, so this advice applies to every request: a 413 page that says the limit, instead of a bare error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final MultipartProperties limits;

    UploadTooLarge(MultipartProperties limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView page = new ModelAndView("error/uploadTooLarge", HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("limit", limits.getMaxFileSize().toMegabytes() + " MB");
        return page;
    }
}
