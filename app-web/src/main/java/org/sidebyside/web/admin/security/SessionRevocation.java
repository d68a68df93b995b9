package org.sidebyside.web.admin.security;

import java.util.Set;
import org.sidebyside.account.AccountAccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends an account's sessions on every instance as soon as its role, access or password change
 * is committed: sessions live in PostgreSQL, so deleting them there signs the account out
 * everywhere at once, and the next request meets the sign-in page with the new rights. Someone
 * setting their own new password keeps the session they are using.
 */
@Component
class SessionRevocation {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionRevocation(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void accessChanged(AccountAccessChanged change) {
        Set<String> ids = sessions.findByPrincipalName(change.username()).keySet();
        String spared = change.rightsChanged() || !isCurrentUser(change.username()) ? null : currentSessionId();
        int ended = 0;
        for (String id : ids) {
            if (!id.equals(spared)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of \"{}\" after a change of its access", ended, change.username());
        }
    }

    private static boolean isCurrentUser(String username) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && username.equals(auth.getName());
    }

    private static String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
