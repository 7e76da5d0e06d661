package studio.thresho.wizard;

import java.util.Map;
import studio.thresho.asset.SheetSlot;

/**
 * The prompts of the wizard's generations: a headshot from the brief, and each sheet view naming
 * the view and the person of the reference headshot (the description goes along, so that a
 * text-only provider has it too).
 */
final class WizardPrompts {

    private static final Map<SheetSlot, String> VIEWS = Map.of(
            SheetSlot.FRONT_FACE, "front view of the face, looking straight at the camera",
            SheetSlot.PROFILE_LEFT, "left profile of the head, facing left",
            SheetSlot.PROFILE_RIGHT, "right profile of the head, facing right",
            SheetSlot.FULL_BODY_FRONT, "full body from the front, standing, head to toe",
            SheetSlot.FULL_BODY_BACK, "full body from the back, standing, head to toe",
            SheetSlot.THREE_QUARTER, "three-quarter view of head and shoulders",
            SheetSlot.ACTION_POSE, "dynamic action pose, full body",
            SheetSlot.EXPRESSION, "close-up with a strong expression (laughing)");

    private WizardPrompts() {
    }

    static String headshot(WizardBrief brief) {
        return "Headshot portrait of " + brief.description().strip() + ". " + capitalised(brief.use().promptText(brief.industry()))
                + ". Head and shoulders, neutral studio background, soft even light, looking at the camera.";
    }

    /** A variation of the liked option: same person, small changes. */
    static String moreLike(WizardBrief brief) {
        return headshot(brief) + " A close variation of the reference image: the same person, slightly different.";
    }

    static String view(SheetSlot slot, WizardBrief brief) {
        return "Character sheet view \"" + slot.label() + "\": " + VIEWS.get(slot) + ". The same person as the reference headshot: "
                + brief.description().strip() + ". Plain light background, consistent face, hair and build.";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
