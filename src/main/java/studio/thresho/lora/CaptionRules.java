package studio.thresho.lora;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import studio.thresho.asset.SheetSlot;

/**
 * A training caption: the trigger word first (kohya's {@code keep_tokens=1} keeps it in place when
 * captions are shuffled), the class, the view from the sheet slot, then what varies in that image
 * (wardrobe, expression, background) taken from the image's own caption, without the identity
 * traits the LoRA must learn: "mrcsx man, profile left, white t-shirt, plain grey background".
 */
final class CaptionRules {

    /** Caption text kept per image, as long as an asset image's caption ({@code AssetRules}). */
    static final int MAX_CAPTION_LENGTH = 500;

    private CaptionRules() {
    }

    static String compose(String trigger, SubjectClass subject, String view, String imageCaption, IdentityTraits identity) {
        List<String> parts = new ArrayList<>();
        parts.add(trigger + " " + subject.word());
        if (view != null) {
            parts.add(view);
        }
        for (String phrase : varyingPhrases(imageCaption, view, trigger, identity)) {
            if (String.join(", ", parts).length() + phrase.length() + 2 > MAX_CAPTION_LENGTH) {
                break;
            }
            parts.add(phrase);
        }
        return String.join(", ", parts);
    }

    /** The phrases of an image's caption that say what varies: not identity, not the view again, not the trigger. */
    static List<String> varyingPhrases(String imageCaption, String view, String trigger, IdentityTraits identity) {
        if (imageCaption == null || imageCaption.isBlank()) {
            return List.of();
        }
        return Arrays.stream(imageCaption.split("[,;.:]|\\s+and\\s+|\\n"))
                .map(String::strip).filter(phrase -> !phrase.isEmpty())
                .map(phrase -> phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1))
                .filter(phrase -> !namesView(phrase, view))
                .filter(phrase -> !containsTrigger(phrase, trigger))
                .filter(phrase -> !identity.names(phrase))
                .distinct().toList();
    }

    private static boolean namesView(String phrase, String view) {
        String squeezed = squeeze(phrase);
        return squeezed.equals(squeeze(view == null ? "" : view)) || squeezed.equals("headshot")
                || Arrays.stream(SheetSlot.values()).anyMatch(slot -> squeeze(slot.label()).equals(squeezed));
    }

    private static String squeeze(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Whether the trigger stands in the text as a word of its own. */
    static boolean containsTrigger(String text, String trigger) {
        return triggerPattern(trigger).matcher(text).find();
    }

    private static java.util.regex.Pattern triggerPattern(String trigger) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_-])" + java.util.regex.Pattern.quote(trigger) + "(?![\\p{L}\\p{N}_-])",
                java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /** The caption with every whole-word trigger replaced by ai-toolkit's {@code [trigger]} placeholder. */
    static String withPlaceholder(String caption, String trigger) {
        return triggerPattern(trigger).matcher(caption).replaceAll("[trigger]");
    }
}
