package studio.thresho.provider.midjourney;

import java.util.Locale;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.catalogue.CatalogueModel;
import studio.thresho.provider.catalogue.ModelCatalogue;

/**
 * The Midjourney model a command is written for, as the catalogue lists it (Midjourney ships new
 * versions every few months): the parameter that selects it and how it takes a character reference.
 *
 * @param flag               the parameter that selects the model, such as {@code --v 6.1}
 * @param characterReference {@code --oref} (V7's one omni reference), {@code --cref} (v6, niji 6), or none
 */
public record MidjourneyVersion(String name, String flag, CharacterReference characterReference) {

    /** How a version passes a character reference. */
    public enum CharacterReference {
        /** V7: one omni reference, {@code --oref} with {@code --ow} 1..1000. */
        OREF,
        /** v6, 6.1, niji 6: {@code --cref} with {@code --cw} 0..100. */
        CREF,
        /** Not confirmed for this version: character images are left out, with a warning. */
        NONE
    }

    /** The version a catalogue entry describes; an entry without a flag is selected with {@code --v name} (or {@code --niji n}). */
    public static MidjourneyVersion of(CatalogueModel entry) {
        String name = entry.name().strip();
        String flag = entry.flag() != null && !entry.flag().isBlank() ? entry.flag().strip()
                : name.toLowerCase(Locale.ROOT).startsWith("niji") ? "--niji " + name.substring(4).strip() : "--v " + name;
        String reference = entry.characterReference() == null ? "" : entry.characterReference().strip().toLowerCase(Locale.ROOT);
        return new MidjourneyVersion(name, flag, switch (reference) {
            case "oref", "--oref" -> CharacterReference.OREF;
            case "cref", "--cref" -> CharacterReference.CREF;
            default -> CharacterReference.NONE;
        });
    }

    /** A version of the shipped catalogue, by name ("7", "6.1", "niji 6"). */
    public static MidjourneyVersion shipped(String name) {
        return ModelCatalogue.shipped(MidjourneyProvider.ID, MidjourneyProvider.NAME).find(name).map(MidjourneyVersion::of)
                .orElseThrow(() -> new UserFacingException("Midjourney version " + name + " is not in the catalogue."));
    }

    /** Version 7 replaced the character reference ({@code --cref/--cw}) with one omni reference ({@code --oref/--ow}). */
    public boolean usesOmniReference() {
        return characterReference == CharacterReference.OREF;
    }

    public boolean takesCharacterReference() {
        return characterReference != CharacterReference.NONE;
    }

    String characterReferenceFlag() {
        return usesOmniReference() ? "--oref" : "--cref";
    }

    ParameterRange characterWeight() {
        return usesOmniReference() ? ParameterRange.OMNI_WEIGHT : ParameterRange.CHARACTER_WEIGHT;
    }
}
