package studio.thresho.provider.midjourney;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.thresho.base.UserFacingException;

/** Midjourney fetches references itself: only public http(s) addresses are accepted. */
class MidjourneyReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://studio.thresho.example/share/3f9c2a/marcus.png", "http://203.0.113.7/share/marcus.png",
            "https://[2001:db8::7]/share/marcus.png", "HTTPS://cdn.example.com/marcus.png?v=2"})
    void aPublicAddressIsAccepted(String url) {
        assertThat(MidjourneyReference.character(" " + url + " ", "Marcus").publicUrl()).isEqualTo(url);
    }

    @Test
    void localhostIsRefusedWithTheWayOut() {
        assertThatThrownBy(() -> MidjourneyReference.character("http://localhost:8080/share/3f9c2a/marcus.png", "Marcus"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Midjourney fetches references from the internet; http://localhost:8080/share/3f9c2a/marcus.png is not"
                        + " reachable from there. Set PUBLIC_BASE_URL to the address the studio's server is reachable at.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/a.png", "http://2130706433/a.png", "http://0.0.0.0/a.png",
            "http://10.1.2.3/a.png", "http://172.16.0.5/a.png", "http://172.31.255.255/a.png", "http://192.168.1.20:8080/a.png",
            "http://169.254.169.254/a.png", "http://100.64.0.1/a.png", "http://[::1]:8080/a.png", "http://[fd00::5]/a.png",
            "http://[fe80::1]/a.png", "http://[::ffff:192.168.0.1]/a.png", "http://studio/a.png", "http://studio.local/a.png",
            "http://app.localhost/a.png", "http://studio.internal/a.png", "http://LOCALHOST./a.png"})
    void loopbackPrivateAndIntranetHostsAreRefused(String url) {
        assertThatThrownBy(() -> MidjourneyReference.style(url, null, "Warm Film"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is not reachable from there");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.1/a.png", "http://300.1.1.1/a.png"})
    void numericHostsThatAreNoAddressAreRefused(String url) {
        assertThatThrownBy(() -> MidjourneyReference.character(url, "Marcus"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Midjourney needs a public http(s) address for Marcus's reference image; \"" + url + "\" is not one.");
    }

    @Test
    void theNeighboursOfPrivateRangesArePublic() {
        assertThat(MidjourneyReference.imagePrompt("http://172.32.0.1/a.png", "Shop").publicUrl()).isEqualTo("http://172.32.0.1/a.png");
        assertThat(MidjourneyReference.imagePrompt("http://11.0.0.1/a.png", "Shop").publicUrl()).isEqualTo("http://11.0.0.1/a.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/share/3f9c2a/marcus.png", "ftp://studio.thresho.example/marcus.png", "file:///tmp/marcus.png",
            "https://studio.thresho.example/share/marcus headshot.png", "", "data:image/png;base64,iVBORw0KGgo="})
    void anythingButAnAbsoluteHttpAddressIsRefused(String url) {
        assertThatThrownBy(() -> MidjourneyReference.character(url, "Marcus"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Midjourney needs a public http(s) address for Marcus's reference image; \"" + url + "\" is not one.");
    }

    @Test
    void aStyleWeightIsAPositiveWholeNumber() {
        assertThat(MidjourneyReference.style("https://cdn.example.com/film.png", 1, "Warm Film").parameterValue())
                .isEqualTo("https://cdn.example.com/film.png::1");
        assertThat(MidjourneyReference.style("https://cdn.example.com/film.png", null, "Warm Film").parameterValue())
                .isEqualTo("https://cdn.example.com/film.png");
        assertThatThrownBy(() -> MidjourneyReference.style("https://cdn.example.com/film.png", 0, "Warm Film"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("The weight of the style reference Warm Film (URL::weight) must be a positive whole number; 0 is not.");
    }

    @Test
    void onlyAStyleReferenceTakesAWeight() {
        assertThatThrownBy(() -> new MidjourneyReference("https://cdn.example.com/marcus.png", MidjourneyReference.Kind.CHARACTER, 2, "Marcus"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
