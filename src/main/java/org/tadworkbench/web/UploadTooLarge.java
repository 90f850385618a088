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
 * An upload over the server's limit (spring.servlet.multipart.max-file-size) gets the 413 page that says the limit
 * (templates/error/413.html). Usually the servlet container refuses it while the CSRF check reads the form, and Spring
 * Boot's error page shows that template; when the form is read later, it fails before any page's handler is chosen,
 * so this advice applies to every request and shows the same page. The page asks this bean for the limit.
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
        return new ModelAndView("error/413", HttpStatus.CONTENT_TOO_LARGE);
    }

    /** The largest file the server takes, as people write it: "50 MB" (or "4 KB" under a megabyte). */
    public String limit() {
        long bytes = limits.getMaxFileSize().toBytes();
        return bytes >= 1024 * 1024 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }
}
