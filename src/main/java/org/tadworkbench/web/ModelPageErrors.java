package org.tadworkbench.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The model pages' failures as friendly pages, as {@link PageErrors} does for the others. */
@ControllerAdvice(assignableTypes = {ModelController.class, ViewsController.class})
class ModelPageErrors {

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound(PageNotFoundException e) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("detail", e.getMessage());
        return page;
    }

    @ExceptionHandler(NothingImportedException.class)
    String nothingImported() {
        return "redirect:/";
    }
}
