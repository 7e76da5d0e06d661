package studio.thresho.generation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.provider.bfl.BflProvider;
import studio.thresho.provider.settings.ProviderKeysProbe;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/** After SECRETS_KEY changed, a stored key no one can read marks its provider; the Generate page still opens. */
class UnreadableKeyTest extends KaribuTest {

    @Autowired
    ProviderKeysProbe keys;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;

    @AfterEach
    void resetBfl() {
        keys.reset(BflProvider.ID);
    }

    @Test
    void theGeneratePageOpensAndSaysWhichProviderNeedsItsKeyAgain() {
        keys.keyFromAFormerSecretsKey(BflProvider.ID);
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Keys " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());

        UI.getCurrent().navigate("generate");

        GenerateView view = _get(GenerateView.class);
        assertThat(registry.available()).extracting(GenerationProvider::id).doesNotContain(BflProvider.ID).contains("storyboard");
        assertThat(view.provider.getValue().id()).isNotEqualTo(BflProvider.ID);
        assertThat(view.provider.getHelperText()).isEqualTo("Not offered: Black Forest Labs Flux (key unreadable, enter it again)");
    }
}
