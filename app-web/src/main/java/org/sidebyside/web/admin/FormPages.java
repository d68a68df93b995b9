package org.sidebyside.web.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** What the admin forms answer. */
public final class FormPages {

    private FormPages() {
    }

    /** The form again, with what was typed and what is wrong with it: 422, never a lost edit. */
    public static ModelAndView invalid(String view) {
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return mav;
    }
}
