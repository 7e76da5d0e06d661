package studio.thresho.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.prompt.BrandTokens;
import studio.thresho.prompt.EnvironmentContext;
import studio.thresho.prompt.EnvironmentPick;
import studio.thresho.prompt.PromptAssembler;
import studio.thresho.prompt.PromptRequest;
import studio.thresho.prompt.ProviderProfile;
import studio.thresho.prompt.TalentContext;
import studio.thresho.prompt.TalentPick;
import studio.thresho.prompt.TestAssets;

/**
 * The second golden prompt (FR-6.3): the demo library's Marcus (v2.1.0), Downtown Shop and Golden
 * Hour Soft with their values exactly as users typed them (capitals, several sentences in one
 * field), and context typed the same way. It must read as prose: framing first, one sentence per
 * section, capitals only where a name or an ethnicity needs them.
 */
class DemoPromptGoldenTest {

    static final String GOLDEN = "A medium shot of Marcus, a Black male, mid-30s, confident presence, well-groomed full beard, athletic build,"
            + " 5'11\", warm brown eyes, genuine smile, small tattoo on right forearm, with thin gold chain, wearing black barber apron over"
            + " crisp white t-shirt, dark jeans, clean sneakers. Marcus is carefully fading a client's hairline, expression focused, slight smile,"
            + " positioned facing camera at 3/4 angle. Marcus comes across as professional but warm, puts clients at ease, confident without"
            + " arrogance. Set in Downtown Shop, a modern barbershop interior with exposed brick walls, vintage barber chairs, warm wood"
            + " accents and large storefront windows, clear late afternoon, warm sun through the windows. Golden hour soft lighting with warm,"
            + " low-angle backlight, gentle glowing rim light on hair and shoulders, soft shadows and a hint of natural lens flare."
            + " Cinematic quality, photorealistic, shallow depth of field. [Brand: Thresho - premium editorial, authentic not stock]";

    @Test
    void theDemoLibraryAsTypedReadsAsProse() {
        String prompt = new PromptAssembler().assemble(request()).prompt();

        assertThat(prompt).isEqualTo(GOLDEN);
        assertThat(prompt).doesNotContain(". Well-groomed", "is Carefully", "expression Focused", ", Clear late");
    }

    private static PromptRequest request() {
        AssetDetail marcus = TestAssets.asset(CategoryKind.TALENT, "Marcus", marcusAtItsLatestVersion());
        AssetDetail shop = TestAssets.asset(CategoryKind.ENVIRONMENT, "Downtown Shop", demo("downtown-shop").values());
        AssetDetail goldenHour = TestAssets.asset(CategoryKind.LIGHTING, "Golden Hour Soft", Map.of("description",
                "golden hour soft lighting with warm, low-angle backlight, gentle glowing rim light on hair and shoulders, soft shadows"
                        + " and a hint of natural lens flare"));
        TalentContext typed = new TalentContext("Carefully fading a client's hairline", "Focused, slight smile",
                "Medium shot, facing camera at 3/4 angle", null, null);
        return new PromptRequest(List.of(new TalentPick(marcus, typed)), new EnvironmentPick(shop, EnvironmentContext.none()), goldenHour,
                List.of(), null, null, null, new BrandTokens("Thresho", "premium editorial, authentic not stock",
                "Cinematic quality, photorealistic, shallow depth of field", "stock photo look, plastic skin, watermark, text"),
                ProviderProfile.STORYBOARD, Map.of());
    }

    private static Map<String, Object> marcusAtItsLatestVersion() {
        Map<String, Object> values = new HashMap<>(demo("marcus").values());
        DemoLibrary.historyOf("marcus").forEach(revision -> values.putAll(revision.changes()));
        return values;
    }

    private static DemoLibrary.DemoAsset demo(String slug) {
        return DemoLibrary.assets().stream().filter(asset -> asset.slug().equals(slug)).findFirst().orElseThrow();
    }
}
