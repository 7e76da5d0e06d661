package studio.thresho.asset.category;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import studio.thresho.base.UserFacingException;

/** Limits of categories and their field definitions, and the checks that enforce them. */
public final class CategoryRules {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int MAX_FIELDS_PER_CATEGORY = 50;
    public static final int FIELD_LABEL_MAX_LENGTH = 80;
    public static final int FIELD_KEY_MAX_LENGTH = 40;
    public static final int HELP_TEXT_MAX_LENGTH = 300;
    public static final int MAX_OPTIONS = 50;
    public static final int OPTION_MAX_LENGTH = 80;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private CategoryRules() {
    }

    static String checkName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw new UserFacingException("Give the category a name.");
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw new UserFacingException("A category name has at most " + NAME_MAX_LENGTH + " characters.");
        }
        return name;
    }

    /** A field key made from a label: "Default wardrobe" becomes "default_wardrobe". */
    public static String keyFor(String label) {
        String key = studio.thresho.base.Slugs.of(label).replace('-', '_');
        if (!Character.isLetter(key.charAt(0))) {
            key = "f_" + key;
        }
        return key.length() > FIELD_KEY_MAX_LENGTH ? key.substring(0, FIELD_KEY_MAX_LENGTH) : key;
    }

    /**
     * Checks a category's own fields against each other and against the inherited ones.
     *
     * @param categoryExists tells whether a slug names a category, for asset references
     */
    static List<FieldDefinition> checkFields(List<FieldDefinition> own, List<FieldDefinition> inherited,
                                             Predicate<String> categoryExists) {
        if (own.size() > MAX_FIELDS_PER_CATEGORY) {
            throw new UserFacingException("A category has at most " + MAX_FIELDS_PER_CATEGORY + " fields of its own.");
        }
        Set<String> keys = new HashSet<>();
        inherited.forEach(field -> keys.add(field.key()));
        List<FieldDefinition> checked = new ArrayList<>();
        for (FieldDefinition field : own) {
            checked.add(checkField(field, keys, categoryExists));
        }
        return checked;
    }

    private static FieldDefinition checkField(FieldDefinition field, Set<String> keys, Predicate<String> categoryExists) {
        String label = field.label() == null ? "" : field.label().trim();
        if (label.isEmpty() || label.length() > FIELD_LABEL_MAX_LENGTH) {
            throw new UserFacingException("A field label has 1 to " + FIELD_LABEL_MAX_LENGTH + " characters.");
        }
        String key = field.key() == null || field.key().isBlank() ? keyFor(label) : field.key().trim();
        if (key.length() > FIELD_KEY_MAX_LENGTH || !KEY.matcher(key).matches()) {
            throw new UserFacingException("The key of \"" + label + "\" may use lower-case letters, digits and _ only, "
                    + "start with a letter, and have at most " + FIELD_KEY_MAX_LENGTH + " characters.");
        }
        if (!keys.add(key)) {
            throw new UserFacingException("Two fields would share the key \"" + key + "\" (a parent category may define it already).");
        }
        if (field.type() == null) {
            throw new UserFacingException("Choose a type for \"" + label + "\".");
        }
        List<String> options = field.options().stream().map(String::trim).filter(option -> !option.isEmpty()).toList();
        if (field.type().hasOptions()) {
            if (options.isEmpty()) {
                throw new UserFacingException("\"" + label + "\" needs at least one option.");
            }
            if (options.size() > MAX_OPTIONS || options.stream().anyMatch(option -> option.length() > OPTION_MAX_LENGTH)) {
                throw new UserFacingException("\"" + label + "\" may have at most " + MAX_OPTIONS + " options of at most "
                        + OPTION_MAX_LENGTH + " characters.");
            }
            if (new HashSet<>(options).size() != options.size()) {
                throw new UserFacingException("The options of \"" + label + "\" must differ from each other.");
            }
        } else {
            options = List.of();
        }
        String reference = field.referenceCategory();
        if (field.type() == FieldType.ASSET_REFERENCE) {
            if (reference == null || !categoryExists.test(reference)) {
                throw new UserFacingException("Choose which category \"" + label + "\" refers to.");
            }
        } else {
            reference = null;
        }
        String help = field.helpText() == null || field.helpText().isBlank() ? null : field.helpText().trim();
        if (help != null && help.length() > HELP_TEXT_MAX_LENGTH) {
            throw new UserFacingException("The help text of \"" + label + "\" has at most " + HELP_TEXT_MAX_LENGTH + " characters.");
        }
        return new FieldDefinition(key, label, field.type(), field.required(), options, help, reference, field.system(), field.versionBump());
    }
}
