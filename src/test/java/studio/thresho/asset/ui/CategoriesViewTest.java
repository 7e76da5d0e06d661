package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class CategoriesViewTest extends KaribuTest {

    @Autowired
    CategoryService categories;

    @Test
    void editorSeesTheSystemCategoriesAndTheFieldsOfTheSelectedOne() {
        openAs(TestLogins.EDITOR, "categories");

        assertThat(roots()).extracting(CategoryNode::name)
                .contains("Talent", "Environment", "Props", "Wardrobe", "Lighting", "Camera", "Style");
        select("talent");
        CategoryDetail detail = view().detail();
        assertThat(fieldRows(detail)).extracting(row -> row.field().key()).contains("headshot", "character_sheet", "physical_description");
        assertThat(detail.delete.isEnabled()).as("system categories cannot be deleted").isFalse();
        assertThat(detail.move.isEnabled()).as("nor moved").isFalse();
    }

    @Test
    void editorCreatesASubCategoryAndGivesItAField() {
        openAs(TestLogins.EDITOR, "categories");
        select("talent");
        String name = "Lead Cast " + UUID.randomUUID().toString().substring(0, 6);

        _click(view().detail().addSubCategory);
        NewCategoryDialog dialog = _get(NewCategoryDialog.class);
        dialog.name.setValue(name);
        _click(dialog.primaryButton());

        CategoryNode created = view().detail().shown();
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.depth()).isEqualTo(1);
        assertThat(fieldRows(view().detail())).filteredOn(row -> row.field().key().equals("headshot"))
                .singleElement().extracting(CategoryDetail.FieldRow::origin).isEqualTo("Talent");

        _click(view().detail().addField);
        FieldDialog field = _get(FieldDialog.class);
        field.label.setValue("Agency");
        field.type.setValue(FieldType.SINGLE_CHOICE);
        field.options.setValue("Elite\nStorm\n");
        assertThat(field.versionBump.getValue()).isEqualTo(studio.thresho.asset.category.VersionBump.MINOR);
        field.versionBump.setValue(studio.thresho.asset.category.VersionBump.PATCH);
        _click(field.primaryButton());

        _assertNone(FieldDialog.class);
        FieldDefinition agency = categories.find(created.id()).orElseThrow().ownFields().getLast();
        assertThat(agency.key()).isEqualTo("agency");
        assertThat(agency.options()).containsExactly("Elite", "Storm");
        assertThat(agency.versionBump()).isEqualTo(studio.thresho.asset.category.VersionBump.PATCH);
        assertThat(fieldRows(view().detail())).filteredOn(row -> row.field().key().equals("agency")).singleElement()
                .extracting(CategoryDetail.FieldRow::versionRule).isEqualTo("Patch");
        assertThat(fieldRows(view().detail())).filteredOn(row -> row.field().key().equals("hair")).singleElement()
                .extracting(CategoryDetail.FieldRow::versionRule).isEqualTo("Major");
    }

    @Test
    void aFieldThatClashesIsExplainedInTheDialog() {
        openAs(TestLogins.EDITOR, "categories");
        CategoryNode custom = categories.create("Clash " + UUID.randomUUID().toString().substring(0, 6), idOf("props"), null);
        view().refreshAndSelect(custom);

        _click(view().detail().addField);
        FieldDialog field = _get(FieldDialog.class);
        field.label.setValue("Material");
        _click(field.primaryButton());

        assertThat(field.isOpened()).isTrue();
        assertThat(field.errorText()).contains("share the key \"material\"");
    }

    @Test
    void editorMovesAndDeletesACustomCategory() {
        openAs(TestLogins.EDITOR, "categories");
        CategoryNode custom = categories.create("Vehicles " + UUID.randomUUID().toString().substring(0, 6), null, "vaadin:car");
        view().refreshAndSelect(custom);

        _click(view().detail().move);
        MoveCategoryDialog move = _get(MoveCategoryDialog.class);
        move.target.setValue(java.util.Optional.of(categories.find(idOf("props")).orElseThrow()));
        _click(move.primaryButton());
        assertThat(view().detail().shown().parentId()).isEqualTo(idOf("props"));

        _click(view().detail().delete);
        NotificationsKt.expectNotifications("Deleted " + custom.name() + ".");
        assertThat(categories.find(custom.id())).isEmpty();
        assertThat(view().detail().shown()).isNull();
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedNotOverwritten() {
        openAs(TestLogins.EDITOR, "categories");
        String name = "Vessels " + UUID.randomUUID().toString().substring(0, 6);
        CategoryNode custom = categories.create(name, null, "vaadin:car");
        view().refreshAndSelect(custom);
        categories.rename(custom.id(), name + " renamed meanwhile");

        view().detail().name.setValue(name + " mine");
        _click(view().detail().save);

        NotificationsKt.expectNotifications(name + " renamed meanwhile was changed by someone else meanwhile: open it again to see the "
                + "change, then make yours.");
        assertThat(categories.find(custom.id()).orElseThrow().name()).isEqualTo(name + " renamed meanwhile");
        assertThat(categories.find(custom.id()).orElseThrow().ownFields()).isEmpty();
        _click(view().detail().addField);
        FieldDialog field = _get(FieldDialog.class);
        field.label.setValue("Hull");
        _click(field.primaryButton());
        assertThat(field.errorText()).contains("changed by someone else meanwhile");
        assertThat(categories.find(custom.id()).orElseThrow().ownFields()).isEmpty();
    }

    @Test
    void viewersCannotOpenTheCategoriesPage() {
        openAs(TestLogins.VIEWER, "categories");

        _assertNone(CategoriesView.class);
    }

    private CategoriesView view() {
        return _get(CategoriesView.class);
    }

    private void select(String slug) {
        CategoryNode node = categories.tree().stream().filter(n -> n.slug().equals(slug)).findFirst().orElseThrow();
        view().tree().select(node);
    }

    private UUID idOf(String slug) {
        return categories.tree().stream().filter(n -> n.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    private List<CategoryNode> roots() {
        return ((TreeDataProvider<CategoryNode>) view().tree().getDataProvider()).getTreeData().getRootItems();
    }

    private static List<CategoryDetail.FieldRow> fieldRows(CategoryDetail detail) {
        return rowsOf(detail.fields);
    }
}
