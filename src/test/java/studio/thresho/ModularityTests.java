package studio.thresho;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature boundaries honest: no cycles, no reaching into another feature's internals,
 * and each module depends only on those its {@code package-info.java} allows (the ones above it in
 * the README's module list). Writes the module documentation and diagram to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featureModulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theModulesAreDocumentedForNewcomers() {
        new Documenter(MODULES).writeDocumentation();

        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("prompt", "brand", "provider", "generation", "asset", "media");
    }

    @Test
    void promptBrandAndProviderAreModulesOfTheirOwn() {
        assertThat(MODULES.getModuleByName("generation").orElseThrow().getBasePackage().getName()).isEqualTo("studio.thresho.generation");
        assertThat(MODULES.getModuleByName("provider")).isPresent();
        assertThat(Files.exists(Path.of("src/main/java/studio/thresho/generation/provider"))).isFalse();
    }
}
