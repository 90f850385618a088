package org.tadworkbench.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tadworkbench.review.ReviewException;

/**
 * A governance step the store refused (a comment outside review, an edit of an approved version, a consultation on a
 * version not in internal review) is a conflict with the document's state: HTTP 409 with the store's reason.
 */
@ControllerAdvice(assignableTypes = {SectionEditController.class, CommentController.class, ConsultationController.class})
class ReviewErrors {

    @ExceptionHandler(ReviewException.class)
    ModelAndView refused(ReviewException e) {
        ModelAndView page = new ModelAndView("review/refused", HttpStatus.CONFLICT);
        page.addObject("detail", e.getMessage());
        return page;
    }
}
