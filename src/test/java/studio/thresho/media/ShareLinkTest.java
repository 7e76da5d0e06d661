package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

/** Public share links: unguessable, served to anyone while valid, gone when revoked or expired. */
@IntegrationTest
class ShareLinkTest {

    @Autowired
    ShareLinkService links;
    @Autowired
    ShareController controller;
    @Autowired
    MediaService media;
    @Autowired
    TestLogins logins;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void aLinkServesTheOriginalToAnyoneUntilRevokedOrExpired() throws Exception {
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.EDITOR);
        String key = media.ingest("marcus.png", TestImages.png(120, 90, 77)).key();

        ShareLink link = links.create(key, Duration.ofDays(7));

        assertThat(link.url()).startsWith("https://studio.thresho.example/share/").endsWith(link.token());
        assertThat(link.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        TestLogins.logout();
        var served = controller.serve(link.token());
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(controller.serve("x".repeat(43)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        logins.loginAs(TestLogins.EDITOR);
        links.revoke(link.token());
        assertThat(controller.serve(link.token()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ShareLink old = links.create(key, Duration.ofDays(1));
        jdbc.update("UPDATE share_links SET expires_at = '2020-01-01 00:00:00' WHERE token = ?", old.token());
        assertThat(controller.serve(old.token()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThatThrownBy(() -> links.create(key, Duration.ofDays(365))).hasMessageContaining("up to 90 days");
        logins.loginAs(TestLogins.VIEWER);
        assertThatThrownBy(() -> links.create(key, Duration.ofDays(1))).isInstanceOf(AccessDeniedException.class);
    }
}
