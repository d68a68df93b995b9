package org.sidebyside.web.admin.security;

import org.sidebyside.account.Account;
import org.sidebyside.account.AccountService;
import org.sidebyside.account.SignInThrottle;
import org.sidebyside.history.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Students need no account; {@code /admin} needs an instructor, {@code /admin/accounts} an
 * admin. Form login with CSRF on every form, a Content-Security-Policy without inline script,
 * and no framing.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain security(HttpSecurity http, SignInThrottle throttle) throws Exception {
        SignInThrottling signIn = new SignInThrottling(throttle);
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/accounts/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasAnyRole("INSTRUCTOR", "ADMIN")
                        .anyRequest().permitAll())
                .addFilterBefore(signIn, UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage(SignInThrottling.SIGN_IN).failureHandler(signIn)
                        .successHandler(signIn).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder(AccountService accounts) {
        return accounts.encoder();
    }

    @Bean
    UserDetailsService userDetails(AccountService accounts) {
        return username -> {
            Account a = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
            return User.withUsername(a.getUsername())
                    .password(a.getPasswordHash())
                    .roles(a.getRole().name())
                    .disabled(!a.isEnabled())
                    .build();
        };
    }

    /** Changes are recorded under the signed-in user's name. */
    @Bean
    Actor actor() {
        return () -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null : auth.getName();
        };
    }
}
