package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** "[Brand: Thresho - premium editorial, authentic not stock]"; the name and first token are its core. */
final class BrandClause {

    private BrandClause() {
    }

    static SectionDraft of(BrandTokens brand) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.fixed("name", Text.clean(brand.name())));
        List<String> tokens = brand.tokens() == null ? List.of()
                : List.of(brand.tokens().split(",")).stream().map(Text::clean).filter(Objects::nonNull).toList();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            parts.add(i == 0 ? Part.kept("token." + i, token)
                    : Part.trimmable("token." + i, token, TrimStage.BRAND_EXTRAS, "brand token \"" + token + "\""));
        }
        return SectionDraft.of(SectionKind.BRAND, null, parts, BrandClause::render);
    }

    private static String render(SectionDraft.Parts parts) {
        String name = parts.get("name");
        String tokens = String.join(", ", parts.all("token."));
        String inner = name == null ? tokens : tokens.isEmpty() ? name : name + " - " + tokens;
        return inner.isEmpty() ? "" : "[Brand: " + inner + "]";
    }
}
