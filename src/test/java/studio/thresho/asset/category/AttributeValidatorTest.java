package studio.thresho.asset.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeValidatorTest {

    private static FieldDefinition field(String key, FieldType type, boolean required, String... options) {
        return FieldDefinition.custom(key, key, type, required, List.of(options), null, type == FieldType.ASSET_REFERENCE ? "lighting" : null);
    }

    private static Map<String, String> errors(FieldDefinition field, Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put(field.key(), value);
        return AttributeValidator.validate(List.of(field), values, false);
    }

    @Test
    void text() {
        FieldDefinition text = field("scale", FieldType.TEXT, false);
        assertThat(errors(text, "life size")).isEmpty();
        assertThat(errors(text, 12)).containsEntry("scale", "must be text");
        assertThat(errors(text, "x".repeat(AttributeValidator.TEXT_MAX_LENGTH + 1))).containsKey("scale");
    }

    @Test
    void longText() {
        FieldDefinition text = field("notes", FieldType.LONG_TEXT, false);
        assertThat(errors(text, "x".repeat(AttributeValidator.TEXT_MAX_LENGTH + 1))).isEmpty();
        assertThat(errors(text, "x".repeat(AttributeValidator.LONG_TEXT_MAX_LENGTH + 1)))
                .containsEntry("notes", "has at most 10000 characters");
    }

    @Test
    void number() {
        FieldDefinition number = field("focal_length", FieldType.NUMBER, false);
        assertThat(errors(number, 35)).isEmpty();
        assertThat(errors(number, 1.4)).isEmpty();
        assertThat(errors(number, "35mm")).containsEntry("focal_length", "must be a number");
        assertThat(errors(number, Double.NaN)).containsKey("focal_length");
    }

    @Test
    void booleanField() {
        FieldDefinition flag = field("practical", FieldType.BOOLEAN, false);
        assertThat(errors(flag, true)).isEmpty();
        assertThat(errors(flag, "yes")).containsEntry("practical", "must be yes or no");
    }

    @Test
    void singleChoice() {
        FieldDefinition build = field("build", FieldType.SINGLE_CHOICE, false, "Slim", "Athletic");
        assertThat(errors(build, "Athletic")).isEmpty();
        assertThat(errors(build, "Huge")).containsEntry("build", "must be one of Slim, Athletic");
    }

    @Test
    void multiChoice() {
        FieldDefinition seasons = field("seasons", FieldType.MULTI_CHOICE, false, "Spring", "Summer", "Winter");
        assertThat(errors(seasons, List.of("Spring", "Winter"))).isEmpty();
        assertThat(errors(seasons, List.of("Spring", "Monsoon"))).containsEntry("seasons", "may only contain Spring, Summer, Winter");
        assertThat(errors(seasons, List.of("Spring", "Spring"))).containsEntry("seasons", "lists a choice twice");
        assertThat(errors(seasons, "Spring")).containsEntry("seasons", "must be a list of choices");
    }

    @Test
    void colour() {
        FieldDefinition colour = field("accent", FieldType.COLOUR, false);
        assertThat(errors(colour, "#1A2b3c")).isEmpty();
        assertThat(errors(colour, "red")).containsEntry("accent", "must be a colour like #1a2b3c");
    }

    @Test
    void colourList() {
        FieldDefinition palette = field("palette", FieldType.COLOUR_LIST, false);
        assertThat(errors(palette, List.of("#000000", "#ffffff"))).isEmpty();
        assertThat(errors(palette, List.of("#000000", "white"))).containsEntry("palette", "must contain colours like #1a2b3c");
        assertThat(errors(palette, java.util.Collections.nCopies(AttributeValidator.COLOUR_LIST_MAX + 1, "#000000")))
                .containsEntry("palette", "has at most 16 colours");
    }

    @Test
    void assetReference() {
        FieldDefinition lighting = field("default_lighting", FieldType.ASSET_REFERENCE, false);
        assertThat(errors(lighting, "00000000-0000-4000-8000-000000000201")).isEmpty();
        assertThat(errors(lighting, "golden hour")).containsEntry("default_lighting", "must refer to an asset");
    }

    @Test
    void image() {
        FieldDefinition headshot = field("headshot", FieldType.IMAGE, false);
        assertThat(errors(headshot, "a".repeat(64))).isEmpty();
        assertThat(errors(headshot, "/etc/passwd")).containsEntry("headshot", "must be an uploaded image");
    }

    @Test
    void requiredFieldsMayBeEmptyOnlyInADraft() {
        FieldDefinition description = field("description", FieldType.LONG_TEXT, true);

        assertThat(AttributeValidator.validate(List.of(description), Map.of(), false)).containsEntry("description", "is required");
        assertThat(AttributeValidator.validate(List.of(description), Map.of("description", "  "), false)).containsKey("description");
        assertThat(AttributeValidator.validate(List.of(description), Map.of(), true)).isEmpty();
        assertThat(AttributeValidator.validate(List.of(description), Map.of("description", 5), true))
                .as("a draft's values must still be valid").containsKey("description");
    }

    @Test
    void unknownKeysAreReportedAndCheckThrowsWithEveryMessage() {
        FieldDefinition scale = field("scale", FieldType.TEXT, true);

        assertThatThrownBy(() -> AttributeValidator.check(List.of(scale), Map.of("colour", "red"), false))
                .isInstanceOfSatisfying(AttributeValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("colour", "is not a field of this category")
                        .containsEntry("scale", "is required"));
    }
}
