package studio.thresho.asset.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
@Transactional
@WithMockUser(roles = {"EDITOR", "VIEWER"})
class CategoryServiceTest {

    @Autowired
    CategoryService categories;
    @Autowired
    JdbcTemplate jdbc;

    private CategoryNode system(String slug) {
        return categories.tree().stream().filter(node -> node.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theSevenSystemCategoriesAreRootsWithTheKeyAttributesOfTheSpec() {
        List<CategoryNode> roots = categories.tree().stream().filter(CategoryNode::system).toList();

        assertThat(roots).extracting(CategoryNode::name)
                .containsExactly("Talent", "Environment", "Props", "Wardrobe", "Lighting", "Camera", "Style");
        assertThat(roots).allMatch(node -> node.parentId() == null && node.depth() == 0);
        assertThat(system("talent").ownFields()).extracting(FieldDefinition::key).contains(
                "headshot", "character_sheet", "physical_description", "default_wardrobe", "persona", "build");
        assertThat(system("environment").ownFields()).extracting(FieldDefinition::key).contains(
                "primary_reference", "description", "location_type", "time_of_day", "color_palette", "default_lighting");
        assertThat(system("props").ownFields()).extracting(FieldDefinition::key).contains("reference_images", "description", "scale", "material");
        assertThat(system("wardrobe").ownFields()).extracting(FieldDefinition::key).contains("style_description", "colors", "fit");
        assertThat(system("lighting").ownFields()).extracting(FieldDefinition::key).contains("technical_setup", "mood", "key_light", "shadows");
        assertThat(system("camera").ownFields()).extracting(FieldDefinition::key).contains("specs", "look_description", "example_images");
        assertThat(system("style").ownFields()).extracting(FieldDefinition::key).contains("mood_board", "color_palette", "texture_references");
        assertThat(roots).allSatisfy(node -> assertThat(node.ownFields()).allMatch(FieldDefinition::system));
        assertThat(system("talent").kind()).isEqualTo(CategoryKind.TALENT);
    }

    @Test
    void subCategoriesOfAnyDepthBelongToTheirRootsKindAndInheritItsFields() {
        CategoryNode talent = system("talent");
        CategoryNode lead = categories.create(unique("Lead Cast"), talent.id(), "vaadin:star");
        CategoryNode supporting = categories.create(unique("Supporting"), lead.id(), null);

        assertThat(supporting.depth()).isEqualTo(2);
        assertThat(supporting.kind()).isEqualTo(CategoryKind.TALENT);
        assertThat(supporting.icon()).isEqualTo("vaadin:folder");
        assertThat(supporting.inheritedFields()).extracting(FieldDefinition::key).contains("headshot", "physical_description");

        categories.updateFields(lead.id(), List.of(FieldDefinition.custom(null, "Contract ends", FieldType.TEXT, false, List.of(), null, null)));
        CategoryNode reloaded = categories.find(supporting.id()).orElseThrow();
        assertThat(reloaded.effectiveFields()).extracting(FieldDefinition::key).endsWith("contract_ends");
        assertThat(reloaded.effectiveFields().getFirst().key()).isEqualTo("headshot");
    }

    @Test
    void customRootCategoriesAreOfTheCustomKind() {
        CategoryNode vehicles = categories.create(unique("Vehicles"), null, "vaadin:car");

        assertThat(vehicles.kind()).isEqualTo(CategoryKind.CUSTOM);
        assertThat(vehicles.slug()).startsWith("vehicles-");
        assertThat(vehicles.system()).isFalse();
    }

    @Test
    void slugsAreUniqueAndStableWhenRenamed() {
        String name = unique("Extras");
        CategoryNode first = categories.create(name, null, null);
        CategoryNode second = categories.create(name, null, null);

        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
        assertThat(categories.rename(first.id(), "Background Extras").slug()).isEqualTo(first.slug());
    }

    @Test
    void systemCategoriesCannotBeDeletedNorMoved() {
        CategoryNode talent = system("talent");
        CategoryNode props = system("props");

        assertThatThrownBy(() -> categories.delete(talent.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("system category and cannot be deleted");
        assertThatThrownBy(() -> categories.move(talent.id(), props.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("stays at the top level");
    }

    @Test
    void aCategoryCannotMoveIntoItsOwnSubtree() {
        CategoryNode parent = categories.create(unique("Parent"), null, null);
        CategoryNode child = categories.create(unique("Child"), parent.id(), null);

        assertThatThrownBy(() -> categories.move(parent.id(), child.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("into itself or one of its own sub-categories");
        assertThatThrownBy(() -> categories.move(parent.id(), parent.id())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void anEmptyCategoryMovesAnywhereButOneHoldingAssetsStaysInItsRoot() {
        CategoryNode talent = system("talent");
        CategoryNode lead = categories.create(unique("Lead"), talent.id(), null);
        CategoryNode stars = categories.create(unique("Stars"), lead.id(), null);
        CategoryNode empty = categories.create(unique("Empty"), talent.id(), null);

        assertThat(categories.move(empty.id(), system("props").id()).kind()).isEqualTo(CategoryKind.PROPS);

        fileAnAssetIn(stars.id());
        assertThatThrownBy(() -> categories.move(lead.id(), system("props").id()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("holds assets").hasMessageContaining("Talent");
        assertThatThrownBy(() -> categories.move(lead.id(), null)).isInstanceOf(UserFacingException.class);
        CategoryNode other = categories.create(unique("Other"), talent.id(), null);
        assertThat(categories.move(lead.id(), other.id()).parentId()).as("within its root it may move").isEqualTo(other.id());
    }

    @Test
    void deletingIsRefusedWhileAssetsOrSubCategoriesUseTheCategory() {
        CategoryNode parent = categories.create(unique("Temp"), null, null);
        CategoryNode child = categories.create(unique("Temp child"), parent.id(), null);

        assertThatThrownBy(() -> categories.delete(parent.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("has sub-categories");
        fileAnAssetIn(child.id());
        assertThatThrownBy(() -> categories.delete(child.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("1 asset uses");

        jdbc.update("DELETE FROM asset_lineages WHERE category_id = ?", child.id().toString());
        categories.delete(child.id());
        categories.delete(parent.id());
        assertThat(categories.find(parent.id())).isEmpty();
    }

    @Test
    void fieldDefinitionsAreCheckedAndSystemFieldsKept() {
        CategoryNode props = system("props");
        CategoryNode furniture = categories.create(unique("Furniture"), props.id(), null);

        assertThatThrownBy(() -> categories.updateFields(furniture.id(), List.of(
                FieldDefinition.custom("material", "Material", FieldType.TEXT, false, List.of(), null, null))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("share the key \"material\"");
        assertThatThrownBy(() -> categories.updateFields(furniture.id(), List.of(
                FieldDefinition.custom(null, "Era", FieldType.SINGLE_CHOICE, false, List.of(), null, null))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("at least one option");
        assertThatThrownBy(() -> categories.updateFields(furniture.id(), List.of(
                FieldDefinition.custom(null, "Matches", FieldType.ASSET_REFERENCE, false, List.of(), null, "no-such-category"))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("refers to");
        assertThatThrownBy(() -> categories.updateFields(furniture.id(), List.of(
                FieldDefinition.custom("Bad Key", "Bad", FieldType.TEXT, false, List.of(), null, null))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("lower-case");

        CategoryNode updated = categories.updateFields(props.id(), List.of(
                FieldDefinition.custom(null, "Era", FieldType.SINGLE_CHOICE, true, List.of("1950s", "1980s", " "), " When ", null)));
        assertThat(updated.ownFields()).extracting(FieldDefinition::key).contains("reference_images", "scale", "era");
        FieldDefinition era = updated.ownFields().getLast();
        assertThat(era.options()).containsExactly("1950s", "1980s");
        assertThat(era.helpText()).isEqualTo("When");
        assertThat(era.system()).isFalse();
    }

    @Test
    void attributesAreValidatedAgainstInheritedAndOwnFields() {
        CategoryNode lighting = system("lighting");
        CategoryNode practical = categories.create(unique("Practicals"), lighting.id(), null);
        categories.updateFields(practical.id(), List.of(
                FieldDefinition.custom(null, "Wattage", FieldType.NUMBER, true, List.of(), null, null)));

        assertThatThrownBy(() -> categories.checkAttributes(practical.id(), Map.of("shadows", "Blurry", "wattage", "lots"), false))
                .isInstanceOfSatisfying(AttributeValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("shadows", "must be one of Soft, Hard, Minimal, Dramatic")
                        .containsEntry("wattage", "must be a number")
                        .containsEntry("description", "is required"));
        categories.checkAttributes(practical.id(), Map.of("shadows", "Soft", "wattage", 60), true);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewersReadButCannotChangeCategories() {
        assertThat(categories.tree()).isNotEmpty();
        assertThatThrownBy(() -> categories.create("Nope", null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> categories.delete(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    private void fileAnAssetIn(UUID categoryId) {
        jdbc.update("INSERT INTO asset_lineages (id, category_id, project_id, slug) VALUES (?, ?, NULL, ?)",
                UUID.randomUUID().toString(), categoryId.toString(), "asset-" + UUID.randomUUID());
    }
}
