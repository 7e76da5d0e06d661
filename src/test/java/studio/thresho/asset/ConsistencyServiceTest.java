package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
class ConsistencyServiceTest {

    @Autowired
    ConsistencyService consistency;
    @Autowired
    AssetService assets;
    @Autowired
    studio.thresho.testsupport.Workspace workspace;

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void aSeedIsKeptPerProviderOnTheLineageWithoutANewVersion() {
        workspace.editorInNewProject("Seeds");
        AssetDetail marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of()));

        consistency.saveSeed(marcus.lineageId(), "bfl", 4242);
        consistency.saveSeed(marcus.lineageId(), "storyboard", 7);
        consistency.saveSeed(marcus.lineageId(), "bfl", 99);

        assertThat(consistency.savedSeed(marcus.lineageId(), "bfl")).contains(99L);
        assertThat(consistency.savedSeed(marcus.lineageId(), "storyboard")).contains(7L);
        assertThat(consistency.savedSeed(marcus.lineageId(), "openai")).isEmpty();
        AssetDetail after = assets.latest(marcus.lineageId());
        assertThat(after.version()).isEqualTo("1.0.0");
        assertThat(after.lockVersion()).as("an open edit form is not disturbed").isEqualTo(marcus.lockVersion());
        assertThatThrownBy(() -> consistency.savedSeed(UUID.randomUUID(), "bfl")).hasMessageContaining("no longer exists");
    }
}
