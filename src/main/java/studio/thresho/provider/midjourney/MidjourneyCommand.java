package studio.thresho.provider.midjourney;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.midjourney.MidjourneyReference.Kind;

/**
 * Writes the text a user pastes into Midjourney: image prompts, then the text prompt, then the parameters in a
 * fixed order ({@code --cref/--oref}, {@code --sref}, {@code --iw}, {@code --no}, {@code --seed}, {@code --ar}, version).
 */
public final class MidjourneyCommand {

    private MidjourneyCommand() {
    }

    public static MidjourneyCommandText build(String prompt, List<MidjourneyReference> references, MidjourneySettings settings) {
        Objects.requireNonNull(settings, "settings");
        String text = PromptText.clean(prompt);
        if (text.isEmpty()) {
            throw new UserFacingException("The prompt is empty; Midjourney needs text to go with the references and parameters.");
        }
        List<MidjourneyReference> imagePrompts = ofKind(references, Kind.IMAGE_PROMPT);
        if (settings.imageWeight() != null && imagePrompts.isEmpty()) {
            throw new UserFacingException("Image weight (--iw) only applies to image prompts, and there is none; "
                    + "add an image prompt or clear the image weight.");
        }
        List<String> warnings = new ArrayList<>();
        if (PromptText.hasParameterDashes(prompt) || PromptText.hasParameterDashes(settings.negative())) {
            warnings.add("\"--\" and \"\u2014\" in the text were changed to \"-\" so they cannot add Midjourney parameters; "
                    + "set parameters in the settings instead.");
        }
        StringJoiner command = new StringJoiner(" ");
        imagePrompts.forEach(reference -> command.add(reference.publicUrl()));
        command.add(text);
        addCharacterReferences(command, ofKind(references, Kind.CHARACTER), settings, warnings);
        addStyleReferences(command, ofKind(references, Kind.STYLE), settings, warnings);
        if (settings.imageWeight() != null) {
            command.add("--iw " + ParameterRange.format(settings.imageWeight()));
        }
        String negative = PromptText.negativeTerms(settings.negative());
        if (!negative.isEmpty()) {
            command.add("--no " + negative);
        }
        if (settings.seed() != null) {
            command.add("--seed " + settings.seed());
        }
        if (settings.aspectRatio() != null) {
            command.add("--ar " + settings.aspectRatio());
        }
        command.add(settings.version().flag());
        return new MidjourneyCommandText(command.toString(), warnings);
    }

    private static void addCharacterReferences(StringJoiner command, List<MidjourneyReference> characters, MidjourneySettings settings,
                                               List<String> warnings) {
        MidjourneyVersion version = settings.version();
        String weightFlag = version.characterWeight().flag();
        if (characters.isEmpty()) {
            leftOutWithoutReference(weightFlag, settings.characterWeight(), "character", warnings);
            return;
        }
        if (!version.takesCharacterReference()) {
            characters.forEach(dropped -> warnings.add("Midjourney " + version.name() + " has no confirmed character reference: "
                    + dropped.label() + " was left out. Choose version 7 (--oref) for a character likeness."));
            leftOutWithoutReference(weightFlag, settings.characterWeight(), "character", warnings);
            return;
        }
        List<MidjourneyReference> used = characters;
        if (version.usesOmniReference() && characters.size() > 1) {
            used = characters.subList(0, 1);
            characters.subList(1, characters.size()).forEach(dropped -> warnings.add(
                    "Version 7 takes one omni reference; " + dropped.label() + " was left out."));
        }
        command.add(version.characterReferenceFlag());
        used.forEach(reference -> command.add(reference.publicUrl()));
        if (settings.characterWeight() != null) {
            command.add(weightFlag + " " + settings.characterWeight());
        }
    }

    private static void addStyleReferences(StringJoiner command, List<MidjourneyReference> styles, MidjourneySettings settings,
                                           List<String> warnings) {
        if (styles.isEmpty()) {
            leftOutWithoutReference("--sw", settings.styleWeight(), "style", warnings);
            return;
        }
        command.add("--sref");
        styles.forEach(reference -> command.add(reference.parameterValue()));
        if (settings.styleWeight() != null) {
            command.add("--sw " + settings.styleWeight());
        }
    }

    private static void leftOutWithoutReference(String flag, Integer weight, String kind, List<String> warnings) {
        if (weight != null) {
            warnings.add(flag + " " + weight + " was left out: there is no " + kind + " reference.");
        }
    }

    private static List<MidjourneyReference> ofKind(List<MidjourneyReference> references, Kind kind) {
        return references.stream().filter(reference -> reference.kind() == kind).toList();
    }
}
