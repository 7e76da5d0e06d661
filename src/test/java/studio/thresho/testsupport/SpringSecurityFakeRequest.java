package studio.thresho.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu's fake request, answering "who is this" from Spring Security's context, the job Spring's
 * servlet filter does in a real server. Vaadin's route access control asks the request.
 */
class SpringSecurityFakeRequest extends FakeRequest {

    SpringSecurityFakeRequest(HttpSession session) {
        super(session);
    }

    @Override
    public Principal getUserPrincipal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? authentication : null;
    }

    @Override
    public boolean isUserInRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return getUserPrincipal() != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role));
    }
}
