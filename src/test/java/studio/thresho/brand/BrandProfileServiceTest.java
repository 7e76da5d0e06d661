package studio.thresho.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
class BrandProfileServiceTest {

    static final UUID THRESHO = UUID.fromString("00000000-0000-4000-8000-000000000401");

    @Autowired
    BrandProfileService brands;
    @Autowired
    TestLogins logins;
    @Autowired
    studio.thresho.testsupport.Workspace workspace;

    @BeforeEach
    void editorInAProject() {
        workspace.editorInNewProject("Brands");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void theSeededThreshoProfileIsEveryProjectsDefaultUntilOneIsChosen() {
        BrandProfileView thresho = brands.projectDefault().orElseThrow();
        assertThat(thresho.id()).isEqualTo(THRESHO);
        assertThat(thresho.tokensText()).isEqualTo("premium editorial, authentic not stock");
        assertThat(thresho.styleDescriptors()).isEqualTo("Cinematic quality, photorealistic, shallow depth of field");

        BrandProfileView summer = brands.save(new BrandDraft(null, null, false, "  Summer Launch ", "bright",
                " sunny, playful , sunny,", "High key, saturated colours", "gloomy"));
        brands.setProjectDefault(summer.id());

        assertThat(summer.name()).isEqualTo("Summer Launch");
        assertThat(summer.tokens()).containsExactly("sunny", "playful");
        assertThat(brands.projectDefault().orElseThrow().id()).isEqualTo(summer.id());
        assertThat(brands.usable()).extracting(BrandProfileView::name).contains("Thresho", "Summer Launch");
        workspace.editorInNewProject("Other brands");
        assertThat(brands.usable()).extracting(BrandProfileView::name).doesNotContain("Summer Launch");
        assertThatThrownBy(() -> brands.setProjectDefault(summer.id())).hasMessageContaining("belongs to another project");
    }

    @Test
    void editsAreCheckedAndGuardedAgainstLostUpdates() {
        BrandProfileView created = brands.save(new BrandDraft(null, null, false, "Edit me", null, "a", null, null));
        BrandProfileView edited = brands.save(new BrandDraft(created.id(), created.lockVersion(), false, "Edited", null, "b", null, null));
        assertThat(edited.tokens()).containsExactly("b");

        assertThatThrownBy(() -> brands.save(new BrandDraft(created.id(), created.lockVersion(), false, "Late", null, "c", null, null)))
                .hasMessageContaining("changed by someone else meanwhile");
        assertThatThrownBy(() -> brands.save(new BrandDraft(null, null, false, " ", null, null, null, null)))
                .isInstanceOfSatisfying(AttributeValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> brands.save(new BrandDraft(null, null, false, "Long", null, null, "x".repeat(1001), null)))
                .isInstanceOfSatisfying(AttributeValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("styleDescriptors"));

        brands.delete(created.id());
        assertThat(brands.find(created.id())).isEmpty();
    }

    @Test
    void viewersReadButDoNotChange() {
        logins.loginAs(TestLogins.VIEWER);

        assertThat(brands.usable()).isNotEmpty();
        assertThatThrownBy(() -> brands.save(new BrandDraft(null, null, true, "Nope", null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
