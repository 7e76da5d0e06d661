package studio.thresho.wizard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetPreview;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.Source;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.category.AttributeValidator;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.UserFacingException;

/**
 * Writes the wizard's talent through the asset library: v1.0.0, source AI generated, the locked
 * headshot and the kept sheet views (the library renders the composite), the profile fields, and
 * the consistency settings (character reference = the headshot, the locked seed kept for the
 * provider). The version notes carry the lineage: which headshot option, the seeds, each view's
 * generation.
 */
@Component
class WizardTalentWriter {

    static final String TALENT_CATEGORY = "talent";
    /** What the talent profile's columns hold (asset_talent_profiles). */
    static final int AGE_RANGE_MAX_LENGTH = 100;
    static final int HAIR_MAX_LENGTH = 255;

    private final AssetService assets;
    private final CategoryService categories;
    private final ConsistencyService consistency;
    private final AssetPreview preview;

    WizardTalentWriter(AssetService assets, CategoryService categories, ConsistencyService consistency, AssetPreview preview) {
        this.preview = preview;
        this.assets = assets;
        this.categories = categories;
        this.consistency = consistency;
    }

    static WizardProfile check(WizardProfile profile) {
        String name = strip(profile.name());
        if (name == null) {
            throw new UserFacingException("Give the talent a name.");
        }
        limit("The name", name, AssetRules.NAME_MAX_LENGTH);
        limit("The role", profile.role(), AttributeValidator.TEXT_MAX_LENGTH);
        limit("The age range", profile.ageRange(), AGE_RANGE_MAX_LENGTH);
        limit("The hair", profile.hair(), HAIR_MAX_LENGTH);
        limit("The physical description", profile.physicalDescription(), AttributeValidator.LONG_TEXT_MAX_LENGTH);
        limit("The persona", profile.persona(), AttributeValidator.LONG_TEXT_MAX_LENGTH);
        limit("The wardrobe", profile.wardrobe(), AttributeValidator.LONG_TEXT_MAX_LENGTH);
        if (strip(profile.physicalDescription()) == null) {
            throw new UserFacingException("Describe how the talent looks: generations put it in every prompt.");
        }
        return new WizardProfile(name, strip(profile.role()), strip(profile.physicalDescription()), strip(profile.ageRange()),
                strip(profile.hair()), strip(profile.persona()), strip(profile.wardrobe()), AssetRules.normaliseTags(profile.tags()));
    }

    AssetDetail write(WizardSessionView session, boolean global) {
        AssetDetail talent = assets.save(draft(session, global), images(session), new VersionRequest(null, lineage(session), null));
        Map<String, Long> seeds = session.lockedSeed() == null ? Map.of() : Map.of(session.brief().providerId(), session.lockedSeed());
        consistency.save(talent.lineageId(), new ConsistencySettings(seeds, null, null, ConsistencySettings.HEADSHOT, null));
        return assets.get(talent.lineageId());
    }

    /** The talent as its detail view will show it once saved (without the composite the library renders at saving). */
    AssetDetail preview(WizardSessionView session, boolean global) {
        return preview.of(draft(session, global), images(session), global ? null : session.projectId(), lineage(session));
    }

    private AssetDraft draft(WizardSessionView session, boolean global) {
        WizardProfile profile = check(session.profile());
        return new AssetDraft(null, null, talentCategory(), profile.name(), null, global, Source.AI_GENERATED, profile.tags(), values(profile));
    }

    private static List<ImageDraft> images(WizardSessionView session) {
        ImageSet images = ImageSet.empty().add(session.chosenHeadshot().mediaKey(), ImageType.HEADSHOT, null, "Chosen in the talent wizard");
        for (SheetViewState view : session.views()) {
            if (view.accepted()) {
                images = images.add(view.current().mediaKey(), ImageType.CHARACTER_SHEET, view.slot(), null);
            }
        }
        return images.images();
    }

    /** "Created by the talent wizard": the headshot choice, the seeds and the per-view generations. */
    static String lineage(WizardSessionView session) {
        WizardImage headshot = session.chosenHeadshot();
        int option = session.headshots().stream().map(WizardImage::generationId).toList().indexOf(headshot.generationId()) + 1;
        String choice = option > 0 ? "option " + option + " of " + session.headshots().size() : "an earlier option";
        String views = session.views().stream().filter(SheetViewState::accepted)
                .map(view -> view.slot().label() + " (seed " + view.current().seed() + ", generation " + view.current().generationId() + ")")
                .collect(Collectors.joining("; "));
        String notes = "Created by the talent wizard with " + session.providerName() + ": headshot " + choice + " (seed " + headshot.seed()
                + ", generation " + headshot.generationId() + "). Views: " + views + ".";
        return notes.length() > AssetRules.VERSION_NOTES_MAX_LENGTH ? notes.substring(0, AssetRules.VERSION_NOTES_MAX_LENGTH - 1) + "\u2026" : notes;
    }

    private java.util.UUID talentCategory() {
        return categories.tree().stream().filter(node -> node.system() && node.slug().equals(TALENT_CATEGORY)).map(CategoryNode::id)
                .findFirst().orElseThrow(() -> new UserFacingException("The Talent category is missing from this installation."));
    }

    private static Map<String, Object> values(WizardProfile profile) {
        Map<String, Object> values = new LinkedHashMap<>();
        put(values, "physical_description", profile.physicalDescription());
        put(values, "role", profile.role());
        put(values, "age_range", profile.ageRange());
        put(values, "hair", profile.hair());
        put(values, "persona", profile.persona());
        put(values, "default_wardrobe", profile.wardrobe());
        return values;
    }

    private static void put(Map<String, Object> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static void limit(String what, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new UserFacingException(what + " has at most " + max + " characters.");
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
