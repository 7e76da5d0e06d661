package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studio.thresho.asset.category.VersionBump.MAJOR;
import static studio.thresho.asset.category.VersionBump.MINOR;
import static studio.thresho.asset.category.VersionBump.PATCH;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.asset.category.VersionBump;

/** The version bump rule, field by field and image by image. */
class VersionRulesTest {

    private static final UUID CATEGORY = UUID.randomUUID();

    static Stream<Arguments> systemFields() {
        return Stream.of(
                Arguments.of(CategoryKind.TALENT, "physical_description", MAJOR),
                Arguments.of(CategoryKind.TALENT, "hair", MAJOR),
                Arguments.of(CategoryKind.TALENT, "build", MAJOR),
                Arguments.of(CategoryKind.TALENT, "age_range", MAJOR),
                Arguments.of(CategoryKind.TALENT, "ethnicity", MAJOR),
                Arguments.of(CategoryKind.TALENT, "default_wardrobe", MINOR),
                Arguments.of(CategoryKind.TALENT, "distinguishing_features", MINOR),
                Arguments.of(CategoryKind.TALENT, "persona", PATCH),
                Arguments.of(CategoryKind.TALENT, "voice_notes", PATCH),
                Arguments.of(CategoryKind.ENVIRONMENT, "description", PATCH),
                Arguments.of(CategoryKind.ENVIRONMENT, "location_type", MAJOR),
                Arguments.of(CategoryKind.ENVIRONMENT, "weather_atmosphere", MINOR),
                Arguments.of(CategoryKind.ENVIRONMENT, "key_elements", MINOR),
                Arguments.of(CategoryKind.ENVIRONMENT, "time_of_day", MINOR),
                Arguments.of(CategoryKind.ENVIRONMENT, "color_palette", MINOR),
                Arguments.of(CategoryKind.ENVIRONMENT, "default_lighting", MINOR),
                Arguments.of(CategoryKind.LIGHTING, "key_light", MAJOR),
                Arguments.of(CategoryKind.LIGHTING, "color_temperature", MAJOR),
                Arguments.of(CategoryKind.LIGHTING, "fill_ambient", MINOR),
                Arguments.of(CategoryKind.LIGHTING, "mood", MINOR),
                Arguments.of(CategoryKind.LIGHTING, "shadows", MINOR),
                Arguments.of(CategoryKind.LIGHTING, "description", PATCH),
                Arguments.of(CategoryKind.LIGHTING, "technical_setup", PATCH),
                Arguments.of(CategoryKind.PROPS, "description", PATCH),
                Arguments.of(CategoryKind.PROPS, "material", MINOR),
                Arguments.of(CategoryKind.WARDROBE, "style_description", MINOR),
                Arguments.of(CategoryKind.CAMERA, "look_description", MINOR),
                Arguments.of(CategoryKind.STYLE, "description", PATCH),
                Arguments.of(CategoryKind.STYLE, "color_palette", MINOR));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("systemFields")
    void eachSystemFieldHasItsClass(CategoryKind kind, String key, VersionBump expected) {
        FieldDefinition field = system(key, FieldType.TEXT);

        assertThat(VersionRules.bumpOf(kind, field)).isEqualTo(expected);
        VersionContent before = content(Map.of(key, "before"), List.of());
        VersionContent after = content(Map.of(key, "after"), List.of());
        assertThat(proposal(kind, List.of(field), before, after).proposed()).isEqualTo(expected);
    }

    @Test
    void aPromptFragmentEditIsAPatch() {
        VersionContent before = content(Map.of(), List.of());
        VersionContent after = new VersionContent("Marcus", "marcus", CATEGORY, "Talent", null, List.of("barber"), new HashMap<>(), List.of(),
                List.of(new PromptFragment("midjourney", FragmentType.BASE, "Marcus, a barber, --style raw")));

        VersionProposal proposal = proposal(CategoryKind.TALENT, List.of(), before, after);

        assertThat(proposal.changes()).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo("Prompt fragments");
            assertThat(change.bump()).isEqualTo(VersionBump.PATCH);
        });
    }

    @Test
    void metadataOutsideTheSchemaIsAPatch() {
        VersionContent before = content(Map.of("description", "old"), List.of());
        VersionContent renamed = new VersionContent("Marcus Reed", "marcus-reed", CATEGORY, "Talent", Source.STOCK, List.of("barber", "lead"),
                Map.of("description", "new"), List.of(), List.of());

        VersionProposal proposal = proposal(CategoryKind.PROPS, List.of(), before, renamed);

        assertThat(proposal.changes()).extracting(VersionChange::subject).containsExactly("Name", "Slug", "Source", "Tags", "Description");
        assertThat(proposal.proposed()).isEqualTo(PATCH);
        assertThat(proposal.next(proposal.proposed())).isEqualTo("1.0.1");
        assertThat(proposal.summary()).startsWith("Name changed; Slug changed").contains("Tags added lead");
    }

    @Test
    void aCustomFieldCarriesItsOwnClassMinorByDefault() {
        FieldDefinition contract = FieldDefinition.custom("contract", "Contract", FieldType.TEXT, false, List.of(), null, null);
        FieldDefinition scar = contract.withVersionBump(MAJOR);
        FieldDefinition agency = FieldDefinition.custom("agency", "Agency", FieldType.TEXT, false, List.of(), null, null).withVersionBump(PATCH);

        assertThat(VersionRules.bumpOf(CategoryKind.TALENT, contract)).isEqualTo(MINOR);
        assertThat(VersionRules.bumpOf(CategoryKind.TALENT, scar)).isEqualTo(MAJOR);
        assertThat(VersionRules.bumpOf(CategoryKind.CUSTOM, agency)).isEqualTo(PATCH);
    }

    @Test
    void replacingOrRemovingTheHeadshotOrASheetViewIsMajorAddingOneIsMinor() {
        ImageDraft headshot = new ImageDraft("h1", ImageType.HEADSHOT, null, null);
        ImageDraft front = new ImageDraft("f1", ImageType.CHARACTER_SHEET, SheetSlot.values()[0], null);
        ImageDraft profile = new ImageDraft("p1", ImageType.CHARACTER_SHEET, SheetSlot.values()[1], null);

        assertThat(imageBump(CategoryKind.TALENT, List.of(), List.of(headshot))).isEqualTo(MINOR);
        assertThat(imageBump(CategoryKind.TALENT, List.of(headshot), List.of(new ImageDraft("h2", ImageType.HEADSHOT, null, null))))
                .isEqualTo(MAJOR);
        assertThat(imageBump(CategoryKind.TALENT, List.of(headshot), List.of())).isEqualTo(MAJOR);
        assertThat(imageBump(CategoryKind.TALENT, List.of(headshot, front), List.of(headshot, front, profile))).isEqualTo(MINOR);
        assertThat(imageBump(CategoryKind.TALENT, List.of(headshot, front, profile), List.of(headshot, front))).isEqualTo(MAJOR);
        assertThat(imageBump(CategoryKind.TALENT, List.of(headshot, front),
                List.of(headshot, new ImageDraft("f2", ImageType.CHARACTER_SHEET, SheetSlot.values()[0], null)))).isEqualTo(MAJOR);
    }

    @Test
    void addedRemovedOrReorderedReferenceImagesAreMinorCaptionsPatch() {
        ImageDraft a = new ImageDraft("a", ImageType.REFERENCE, null, null);
        ImageDraft b = new ImageDraft("b", ImageType.REFERENCE, null, null);
        ImageDraft mood = new ImageDraft("m", ImageType.MOOD, null, null);

        assertThat(imageBump(CategoryKind.PROPS, List.of(a), List.of(a, b))).isEqualTo(MINOR);
        assertThat(imageBump(CategoryKind.PROPS, List.of(a, b), List.of(a))).isEqualTo(MINOR);
        assertThat(imageBump(CategoryKind.PROPS, List.of(a, b, mood), List.of(b, a, mood))).isEqualTo(MINOR);
        assertThat(changes(CategoryKind.PROPS, List.of(a, b), List.of(b, a))).extracting(VersionChange::summary).containsExactly("reordered");
        assertThat(imageBump(CategoryKind.PROPS, List.of(a), List.of(new ImageDraft("a", ImageType.REFERENCE, null, "Front")))).isEqualTo(PATCH);
        assertThat(changes(CategoryKind.PROPS, List.of(a), List.of(a))).isEmpty();
    }

    @Test
    void anEnvironmentsPrimaryReferenceIsItsIdentity() {
        ImageDraft street = new ImageDraft("street", ImageType.REFERENCE, null, null);
        ImageDraft detail = new ImageDraft("detail", ImageType.REFERENCE, null, null);

        assertThat(imageBump(CategoryKind.ENVIRONMENT, List.of(street), List.of(street, detail))).isEqualTo(MINOR);
        assertThat(imageBump(CategoryKind.ENVIRONMENT, List.of(street, detail), List.of(detail))).isEqualTo(MAJOR);
        assertThat(imageBump(CategoryKind.PROPS, List.of(street, detail), List.of(detail))).isEqualTo(MINOR);
    }

    @Test
    void versionsCountUpFromOnePointZero() {
        SemanticVersion first = SemanticVersion.FIRST;

        assertThat(first.next(PATCH)).hasToString("1.0.1");
        assertThat(first.next(PATCH).next(MINOR)).hasToString("1.1.0");
        assertThat(first.next(PATCH).next(MINOR).next(MAJOR)).hasToString("2.0.0");
        assertThat(SemanticVersion.parse("v2.10.3")).isGreaterThan(SemanticVersion.parse("2.9.7"));
        assertThatThrownBy(() -> SemanticVersion.parse("two")).isInstanceOf(IllegalArgumentException.class);
    }

    private static VersionBump imageBump(CategoryKind kind, List<ImageDraft> before, List<ImageDraft> after) {
        return new VersionProposal("1.0.0", changes(kind, before, after)).proposed();
    }

    private static List<VersionChange> changes(CategoryKind kind, List<ImageDraft> before, List<ImageDraft> after) {
        return VersionRules.changes(kind, List.of(), content(Map.of(), before), content(Map.of(), after));
    }

    private static VersionProposal proposal(CategoryKind kind, List<FieldDefinition> fields, VersionContent before, VersionContent after) {
        return new VersionProposal("1.0.0", VersionRules.changes(kind, fields, before, after));
    }

    private static VersionContent content(Map<String, Object> values, List<ImageDraft> images) {
        return new VersionContent("Marcus", "marcus", CATEGORY, "Talent", null, List.of("barber"), new HashMap<>(values), images, List.of());
    }

    private static FieldDefinition system(String key, FieldType type) {
        return new FieldDefinition(key, key, type, false, List.of(), null, null, true, null);
    }
}
