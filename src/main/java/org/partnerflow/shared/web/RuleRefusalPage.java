package org.partnerflow.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.partnerflow.shared.RuleRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A page refused by a named rule: the error page says which rule (a 403), as the API's problem detail does. */
@ControllerAdvice(annotations = Controller.class)
class RuleRefusalPage {

    @ExceptionHandler(RuleRefusal.class)
    ModelAndView refused(RuleRefusal refusal, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.FORBIDDEN);
        page.addObject("status", HttpStatus.FORBIDDEN.value());
        page.addObject("rule", refusal.rule());
        return page;
    }
}
