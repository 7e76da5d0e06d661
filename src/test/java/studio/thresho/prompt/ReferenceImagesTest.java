package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static studio.thresho.prompt.TestAssets.asset;
import static studio.thresho.prompt.TestAssets.image;
import static studio.thresho.prompt.TestAssets.sheetView;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.category.CategoryKind;

/** Rule 8: reference images with roles, most important first, as many as the provider takes. */
class ReferenceImagesTest {

    private static final AssetDetail MARCUS = asset(CategoryKind.TALENT, "Marcus", Map.of(), List.of(
            sheetView("marcus-front", SheetSlot.FRONT_FACE, 0),
            image("marcus-headshot", ImageType.HEADSHOT, 5),
            image("marcus-composite", ImageType.COMPOSITE, 9)));
    private static final AssetDetail LENA = asset(CategoryKind.TALENT, "Lena", Map.of(), List.of(
            sheetView("lena-front", SheetSlot.FRONT_FACE, 1),
            image("lena-composite", ImageType.COMPOSITE, 9)));
    private static final AssetDetail JO = asset(CategoryKind.TALENT, "Jo", Map.of(), List.of(
            sheetView("jo-profile", SheetSlot.PROFILE_LEFT, 0),
            sheetView("jo-front", SheetSlot.FRONT_FACE, 3)));
    private static final AssetDetail SHOP = asset(CategoryKind.ENVIRONMENT, "Downtown Shop", Map.of(), List.of(
            image("shop-gallery", ImageType.REFERENCE, 2),
            image("shop-primary", ImageType.REFERENCE, 0)));
    private static final AssetDetail RAZOR = asset(CategoryKind.PROPS, "Razor", Map.of(), List.of(image("razor", ImageType.REFERENCE, 0)));
    private static final AssetDetail EDITORIAL = asset(CategoryKind.STYLE, "Editorial", Map.of(), List.of(
            image("editorial-texture", ImageType.MOOD, 1),
            image("editorial-mood", ImageType.MOOD, 0)));

    private static TestRequest everything() {
        return new TestRequest()
                .talent(MARCUS, TalentContext.none())
                .talent(LENA, TalentContext.none())
                .talent(JO, TalentContext.none())
                .environment(SHOP, EnvironmentContext.none())
                .prop(RAZOR)
                .style(EDITORIAL);
    }

    @Test
    void talentFacesThenStyleThenEnvironmentThenProps() {
        List<ReferenceImage> references = everything().assemble().references();

        assertThat(references).extracting(ReferenceImage::mediaKey, ReferenceImage::role, ReferenceImage::assetName).containsExactly(
                tuple("marcus-headshot", ReferenceRole.CHARACTER, "Marcus"),
                tuple("lena-composite", ReferenceRole.CHARACTER, "Lena"),
                tuple("jo-front", ReferenceRole.CHARACTER, "Jo"),
                tuple("editorial-mood", ReferenceRole.STYLE, "Editorial"),
                tuple("shop-primary", ReferenceRole.ENVIRONMENT, "Downtown Shop"),
                tuple("razor", ReferenceRole.PROP, "Razor"));
        assertThat(references.getFirst().lineageId()).isEqualTo(MARCUS.lineageId());
        assertThat(references.getFirst().versionId()).isEqualTo(MARCUS.versionId());
    }

    @Test
    void noMoreThanTheProviderTakes() {
        List<ReferenceImage> references = everything().provider(new ProviderProfile("two", 1000, false, true, 2)).assemble().references();

        assertThat(references).extracting(ReferenceImage::mediaKey).containsExactly("marcus-headshot", "lena-composite");
    }

    @Test
    void noneForAProviderWithoutImageReferences() {
        assertThat(everything().provider(ProviderProfile.DALL_E_3).assemble().references()).isEmpty();
    }

    @Test
    void assetsWithoutImagesAreSkipped() {
        List<ReferenceImage> references = new TestRequest()
                .talent(asset(CategoryKind.TALENT, "Draft", Map.of()), TalentContext.none())
                .prop(RAZOR)
                .assemble().references();

        assertThat(references).extracting(ReferenceImage::mediaKey).containsExactly("razor");
    }
}
