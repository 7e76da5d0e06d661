package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/** A value longer than its column is refused naming the field and its limit, never a database error; one that fits is saved. */
@IntegrationTest
class ColumnLimitsTest {

    @Autowired
    AssetService assets;
    @Autowired
    Workspace workspace;

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void profileTextsAreLimitedToTheirColumns() {
        workspace.editorInNewProject("Limits");
        refused("talent", "age_range", 101, "Age range (has at most 100 characters)");
        refused("talent", "ethnicity", 101, "(has at most 100 characters)");
        refused("talent", "hair", 256, "Hair (has at most 255 characters)");
        refused("environment", "weather_atmosphere", 256, "(has at most 255 characters)");
        refused("lighting", "mood", 256, "Mood (has at most 255 characters)");

        AssetDetail fits = assets.save(AssetDraft.create(workspace.category("talent"), "Long-haired",
                Map.of("age_range", "a".repeat(100), "hair", "h".repeat(255))));
        assertThat(fits.values().get("hair").toString()).hasSize(255);
    }

    private void refused(String category, String field, int length, String message) {
        assertThatThrownBy(() -> assets.save(AssetDraft.create(workspace.category(category), "Too long " + field,
                Map.of(field, "x".repeat(length)))))
                .isInstanceOf(AttributeValidationException.class).hasMessageContaining(message)
                .satisfies(thrown -> assertThat(((AttributeValidationException) thrown).fieldErrors()).containsKey(field));
    }
}
