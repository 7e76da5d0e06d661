package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.thresho.asset.AssetDetail;

/** The lighting's description, then key, fill and mood in one compact sentence. */
final class LightingClause {

    private LightingClause() {
    }

    static SectionDraft of(AssetDetail lighting, Fragments fragments) {
        String name = FieldValues.name(lighting);
        List<Part> parts = List.of(
                detail("description", fragments.base(lighting, FieldValues.text(lighting, "description")), name, "description"),
                detail("key", FieldValues.text(lighting, "key_light"), name, "key light"),
                detail("fill", FieldValues.text(lighting, "fill_ambient"), name, "fill"),
                detail("mood", FieldValues.text(lighting, "mood"), name, "mood"));
        // The name is not a part: it only stands in for a trimmed description, so it must not count as a phrase of the prompt.
        return SectionDraft.of(SectionKind.LIGHTING, lighting.versionId(), parts, remaining -> render(remaining, name));
    }

    private static Part detail(String key, String text, String name, String what) {
        return Part.trimmable(key, text, TrimStage.LIGHTING_DETAILS, Text.possessive(name) + " " + what);
    }

    private static String render(SectionDraft.Parts parts, String name) {
        String description = parts.get("description");
        String main = description != null ? description
                : name.toLowerCase(Locale.ROOT).endsWith("lighting") ? name : name + " lighting";
        List<String> extras = new ArrayList<>();
        labelled(extras, "key light", parts.get("key"));
        labelled(extras, "fill", parts.get("fill"));
        labelled(extras, "mood", parts.get("mood"));
        return Text.sentence(main) + " " + Text.sentence(String.join("; ", extras));
    }

    private static void labelled(List<String> extras, String label, String text) {
        if (text != null) {
            extras.add(label + ": " + text);
        }
    }
}
