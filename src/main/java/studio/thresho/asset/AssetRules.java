package studio.thresho.asset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.asset.category.AttributeValidator;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.base.Slugs;
import studio.thresho.base.UserFacingException;

/** Limits of assets and the normalisation of their names, slugs and tags. */
public final class AssetRules {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 10_000;
    public static final int TAG_MAX_LENGTH = 40;
    public static final int MAX_TAGS = 30;
    public static final int CAPTION_MAX_LENGTH = 500;
    public static final int MAX_IMAGES_PER_ASSET = 60;
    public static final int VERSION_NOTES_MAX_LENGTH = 1_000;
    /** Prompt fragments of one version, and the length of each (the column is TEXT; prompts are far shorter). */
    public static final int MAX_FRAGMENTS = 12;
    public static final int FRAGMENT_MAX_LENGTH = 2_000;
    /** The length of {@code asset_prompt_fragments.provider_id}. */
    public static final int FRAGMENT_PROVIDER_MAX_LENGTH = 64;
    /** Assets offered in a reference field's list (a lighting setup for an environment, say). */
    public static final int MAX_REFERENCE_CHOICES = 500;

    /**
     * Profile fields kept in VARCHAR columns, by kind, and their lengths: a text field holds at most
     * what its column can (the shape check allows {@link AttributeValidator#TEXT_MAX_LENGTH}).
     */
    private static final Map<CategoryKind, Map<String, Integer>> COLUMN_LENGTHS = Map.of(
            CategoryKind.TALENT, Map.of("age_range", 100, "ethnicity", 100, "hair", 255),
            CategoryKind.ENVIRONMENT, Map.of("weather_atmosphere", 255),
            CategoryKind.LIGHTING, Map.of("mood", 255));

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private AssetRules() {
    }

    /** The most characters a text field of this kind of asset holds. */
    public static int textLimit(CategoryKind kind, FieldDefinition field) {
        int shape = field.type() == FieldType.LONG_TEXT ? AttributeValidator.LONG_TEXT_MAX_LENGTH : AttributeValidator.TEXT_MAX_LENGTH;
        Integer column = COLUMN_LENGTHS.getOrDefault(kind, Map.of()).get(field.key());
        return column == null ? shape : Math.min(shape, column);
    }

    static String checkName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw new AttributeValidationException(Map.of("name", "is required"));
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw new AttributeValidationException(Map.of("name", "has at most " + NAME_MAX_LENGTH + " characters"));
        }
        return name;
    }

    /** A slug the user typed: lower-case letters, digits and single dashes. */
    static String checkSlug(String raw) {
        String slug = raw.trim();
        if (slug.length() > Slugs.MAX_LENGTH || !SLUG.matcher(slug).matches()) {
            throw new AttributeValidationException(Map.of("slug", "uses lower-case letters, digits and single dashes, at most "
                    + Slugs.MAX_LENGTH + " characters (e.g. marcus-lead-barber)"));
        }
        return slug;
    }

    /** Trimmed, lower-case, inner spaces as dashes, no duplicates, in the order given. */
    public static List<String> normaliseTags(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        if (raw != null) {
            for (String tag : raw) {
                String clean = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT).replaceFirst("^#", "").replaceAll("\\s+", "-");
                if (clean.isEmpty()) {
                    continue;
                }
                if (clean.length() > TAG_MAX_LENGTH) {
                    throw new UserFacingException("A tag has at most " + TAG_MAX_LENGTH + " characters: \"" + clean + "\".");
                }
                tags.add(clean);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new UserFacingException("An asset has at most " + MAX_TAGS + " tags.");
        }
        return new ArrayList<>(tags);
    }

    static String checkVersionNotes(String raw) {
        String notes = raw == null || raw.isBlank() ? null : raw.trim();
        if (notes != null && notes.length() > VERSION_NOTES_MAX_LENGTH) {
            throw new AttributeValidationException(Map.of("versionNotes", "have at most " + VERSION_NOTES_MAX_LENGTH + " characters"));
        }
        return notes;
    }

    static String checkCaption(String raw) {
        String caption = raw == null || raw.isBlank() ? null : raw.trim();
        if (caption != null && caption.length() > CAPTION_MAX_LENGTH) {
            throw new UserFacingException("A caption has at most " + CAPTION_MAX_LENGTH + " characters.");
        }
        return caption;
    }

    /** The fragments cleaned (trimmed, blank ones dropped) and checked against the limits. */
    static List<PromptFragment> checkFragments(List<PromptFragment> raw) {
        List<PromptFragment> fragments = raw.stream().filter(fragment -> fragment != null && fragment.text() != null && !fragment.text().isBlank())
                .map(fragment -> new PromptFragment(fragment.providerId() == null || fragment.providerId().isBlank() ? null
                        : fragment.providerId().trim(), fragment.type(), fragment.text().trim())).toList();
        if (fragments.size() > MAX_FRAGMENTS) {
            throw new UserFacingException("An asset has at most " + MAX_FRAGMENTS + " prompt fragments.");
        }
        for (PromptFragment fragment : fragments) {
            if (fragment.type() == null) {
                throw new UserFacingException("Say where each prompt fragment goes: base, style or technical.");
            }
            if (fragment.text().length() > FRAGMENT_MAX_LENGTH) {
                throw new UserFacingException("A prompt fragment has at most " + FRAGMENT_MAX_LENGTH + " characters; one has "
                        + fragment.text().length() + ".");
            }
            if (fragment.providerId() != null && fragment.providerId().length() > FRAGMENT_PROVIDER_MAX_LENGTH) {
                throw new UserFacingException("A provider id has at most " + FRAGMENT_PROVIDER_MAX_LENGTH + " characters.");
            }
        }
        return fragments;
    }
}
