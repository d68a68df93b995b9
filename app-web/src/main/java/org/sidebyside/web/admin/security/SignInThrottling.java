package org.sidebyside.web.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.sidebyside.account.SignInThrottle;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link SignInThrottle} in front of the sign-in form. A sign-in from an address whose
 * buckets are empty is refused before the password is even read; every failed sign-in, for
 * whatever reason (unknown user, wrong password, disabled account, too many attempts), gets the
 * same answer: back to the form with one message and the username kept.
 */
final class SignInThrottling extends OncePerRequestFilter implements AuthenticationFailureHandler,
        AuthenticationSuccessHandler {

    static final String SIGN_IN = "/login";

    private final SignInThrottle throttle;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInThrottling(SignInThrottle throttle) {
        this.throttle = throttle;
        success.setDefaultTargetUrl("/admin");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && SIGN_IN.equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.allows(request.getRemoteAddr(), request.getParameter("username"))) {
            chain.doFilter(request, response);
        } else {
            failed(request, response);
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        throttle.failed(request.getRemoteAddr(), request.getParameter("username"));
        failed(request, response);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        throttle.succeeded(request.getRemoteAddr(), authentication.getName());
        success.onAuthenticationSuccess(request, response, authentication);
    }

    private void failed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("username");
        String url = SIGN_IN + "?error";
        if (typed != null && !typed.isBlank()) {
            url += "&username=" + URLEncoder.encode(typed.length() > 60 ? typed.substring(0, 60) : typed, StandardCharsets.UTF_8);
        }
        redirect.sendRedirect(request, response, url);
    }
}
