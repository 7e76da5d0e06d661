package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
class MediaControllerTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MediaService media;

    private MockMvc mvc;
    private byte[] bytes;
    private StoredMedia stored;

    @BeforeEach
    void storeAnImage() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        bytes = TestImages.png(400, 300, 42);
        stored = SystemAuthentication.runAsSystem(() -> media.ingest("served.png", bytes));
    }

    @Test
    void aSignedInUserGetsTheOriginalWithItsRealTypeAndSafeCachingHeaders() throws Exception {
        mvc.perform(get(stored.url(MediaVariant.ORIGINAL)).with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(bytes))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("ETag", "\"" + stored.key() + "-original\""))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("max-age=31536000"),
                        org.hamcrest.Matchers.containsString("private"),
                        org.hamcrest.Matchers.containsString("immutable"))));
    }

    @Test
    void thumbnailsAndPreviewsAreServedReEncoded() throws Exception {
        mvc.perform(get(stored.thumbnailUrl()).with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(stored.previewUrl()).with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"));
    }

    @Test
    void aMatchingETagAnswersNotModified() throws Exception {
        mvc.perform(get(stored.thumbnailUrl()).with(user("vera").roles("VIEWER"))
                        .header("If-None-Match", "\"" + stored.key() + "-thumbnail\""))
                .andExpect(status().isNotModified())
                .andExpect(content().bytes(new byte[0]));
    }

    @Test
    void anonymousRequestsAreRefused() throws Exception {
        MvcResult result = mvc.perform(get(stored.url(MediaVariant.ORIGINAL))).andReturn();

        assertThat(result.getResponse().getStatus()).isIn(302, 401, 403);
        assertThat(result.getResponse().getContentAsByteArray()).isNotEqualTo(bytes);
        if (result.getResponse().getStatus() == 302) {
            assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        }
    }

    @Test
    void unknownFilesAndVariantsAreNotFound() throws Exception {
        mvc.perform(get("/media/" + "0".repeat(64) + "/original").with(user("vera").roles("VIEWER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/media/" + stored.key() + "/poster").with(user("vera").roles("VIEWER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/media/..%2F..%2Fetc%2Fpasswd/original").with(user("vera").roles("VIEWER")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(400, 404));
    }
}
