package org.sidebyside.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request any of whose parameters holds a NUL character: PostgreSQL text cannot
 * store it, no form or filter of this site means it, and without this check it reached the
 * database as an error. The answer is the site's 400 page (a problem document in the API).
 * Search is the exception: it reads control characters as spaces before anything else.
 */
class NoNulCharacters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"/search".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            for (String[] values : request.getParameterMap().values()) {
                for (String value : values) {
                    if (value != null && value.indexOf('\u0000') >= 0) {
                        throw new BadRequestException("a parameter holds a NUL character");
                    }
                }
            }
        }
        return true;
    }
}
