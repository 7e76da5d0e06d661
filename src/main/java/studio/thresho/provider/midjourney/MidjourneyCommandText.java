package studio.thresho.provider.midjourney;

import java.util.List;

/**
 * A Midjourney command ready to paste.
 *
 * @param text     image prompts, text prompt and parameters, without the {@code /imagine prompt:} prefix
 * @param warnings what was left out or changed, written for the user
 */
public record MidjourneyCommandText(String text, List<String> warnings) {

    public MidjourneyCommandText {
        warnings = List.copyOf(warnings);
    }

    /** The text as typed into Midjourney's Discord {@code /imagine} command. */
    public String withImagine() {
        return "/imagine prompt: " + text;
    }
}
