package org.tadworkbench.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tadworkbench.review.ReviewException;
import org.tadworkbench.review.RoleRefusedException;

/**
 * For every page: a version the reader may not see is a 403 page saying why (with a sign-in link for anonymous
 * readers); a workflow step the rules refuse ({@link ReviewException}: wrong state, too early, a consultation too
 * short) is a 409 page with the reason, and a step the signed-in role may never take is a 403 page. Both keep the
 * signed-in header. Every controller's refusals come here, so no page posts around them.
 */
@ControllerAdvice
class ReviewPageErrors {

    @ExceptionHandler(VersionHiddenException.class)
    ModelAndView hidden(VersionHiddenException e) {
        return page(HttpStatus.FORBIDDEN, "You may not read this version yet", e.getMessage());
    }

    /** A role that may never take the step: 403, since waiting for another state would not help. */
    @ExceptionHandler(RoleRefusedException.class)
    ModelAndView notForThisRole(RoleRefusedException e) {
        return page(HttpStatus.FORBIDDEN, "Your role may not do this", e.getMessage());
    }

    @ExceptionHandler(ReviewException.class)
    ModelAndView refused(ReviewException e) {
        return page(HttpStatus.CONFLICT, "That step was refused", e.getMessage());
    }

    private static ModelAndView page(HttpStatus status, String heading, String detail) {
        ModelAndView page = new ModelAndView("review/refused", status);
        page.addObject("heading", heading);
        page.addObject("detail", detail);
        return page;
    }
}
