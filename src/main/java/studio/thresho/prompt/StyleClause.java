package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.List;
import studio.thresho.asset.AssetDetail;

/** The style asset's description and every asset's STYLE fragment, then the brand's style descriptors. */
final class StyleClause {

    private static final String LABEL = "style";

    private StyleClause() {
    }

    /** @param style may be {@code null}: fragments and brand descriptors still make a style section */
    static SectionDraft of(AssetDetail style, List<String> styleFragments, BrandTokens brand, Fragments fragments) {
        List<Part> parts = new ArrayList<>();
        if (style != null) {
            parts.add(Part.trimmable("description", fragments.base(style, FieldValues.text(style, "description")), TrimStage.STYLE, LABEL));
        }
        for (int i = 0; i < styleFragments.size(); i++) {
            parts.add(Part.trimmable("fragment." + i, styleFragments.get(i), TrimStage.STYLE, LABEL));
        }
        if (brand != null) {
            parts.add(Part.trimmable("brand", Text.clean(brand.styleDescriptors()), TrimStage.BRAND_EXTRAS, "brand style descriptors"));
        }
        return SectionDraft.of(SectionKind.STYLE, style == null ? null : style.versionId(), parts, StyleClause::render);
    }

    /** The brand's descriptors are a sentence of their own, so they keep the capitals the brand wrote them with. */
    private static String render(SectionDraft.Parts parts) {
        List<String> own = new ArrayList<>();
        own.add(parts.get("description"));
        own.addAll(parts.all("fragment."));
        return Text.sentence(own) + " " + Text.sentence(parts.get("brand"));
    }
}
