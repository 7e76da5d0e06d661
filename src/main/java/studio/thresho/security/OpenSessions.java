package studio.thresho.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a user's sessions when their rights change. Spring Security's {@link SessionRegistry} knows
 * which sessions belong to whom; the HTTP sessions themselves are kept here so they can be
 * invalidated at once, which also closes the Vaadin session inside: that browser's next request
 * finds no session and lands on the login page. A session only marked expired in the registry (one
 * this node does not hold) is ended by Spring's concurrent-session filter at its next request.
 */
@Component
class OpenSessions {

    private static final Logger log = LoggerFactory.getLogger(OpenSessions.class);

    private final SessionRegistry registry;
    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

    OpenSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void created(HttpSessionCreatedEvent created) {
        live.put(created.getSession().getId(), created.getSession());
    }

    @EventListener
    void idChanged(HttpSessionIdChangedEvent changed) {
        live.remove(changed.getOldSessionId());
        if (changed.getSource() instanceof HttpSession session) {
            live.put(changed.getNewSessionId(), session);
        }
    }

    @EventListener
    void destroyed(HttpSessionDestroyedEvent destroyed) {
        live.remove(destroyed.getId());
    }

    /** After the change is committed: a refused change (the last administrator) ends nothing. */
    @TransactionalEventListener(fallbackExecution = true)
    void accessChanged(AccessChanged change) {
        int ended = end(change.username(), change.keepSessionId());
        if (ended > 0) {
            log.info("Ended {} session(s) of {} after a change of rights or password", ended, change.username());
        }
    }

    int end(String username, String keepSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!(principal instanceof UserDetails user) || !user.getUsername().equals(username)) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (session.getSessionId().equals(keepSessionId)) {
                    continue;
                }
                session.expireNow();
                HttpSession http = live.remove(session.getSessionId());
                if (http != null) {
                    invalidate(http);
                }
                ended++;
            }
        }
        return ended;
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyGone) {
            // it ended on its own meanwhile
        }
    }
}
