package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.List;
import studio.thresho.asset.AssetDetail;

/** "With <prop> (<description>) and <prop> (<description>)." */
final class PropsClause {

    private PropsClause() {
    }

    static SectionDraft of(List<AssetDetail> props, Fragments fragments) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < props.size(); i++) {
            AssetDetail prop = props.get(i);
            String name = FieldValues.name(prop);
            parts.add(Part.fixed(nameKey(i), name));
            parts.add(Part.trimmable(descriptionKey(i), fragments.base(prop, FieldValues.text(prop, "description")),
                    TrimStage.PROP_DESCRIPTIONS, Text.possessive(name) + " description"));
        }
        var source = props.size() == 1 ? props.getFirst().versionId() : null;
        int count = props.size();
        return SectionDraft.of(SectionKind.PROPS, source, parts, remaining -> render(remaining, count));
    }

    private static String render(SectionDraft.Parts parts, int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String description = parts.get(descriptionKey(i));
            items.add(parts.get(nameKey(i)) + (description == null ? "" : " (" + description + ")"));
        }
        return items.isEmpty() ? "" : Text.sentence("With " + Text.joinAnd(items));
    }

    private static String nameKey(int index) {
        return "prop." + index + ".name";
    }

    private static String descriptionKey(int index) {
        return "prop." + index + ".description";
    }
}
