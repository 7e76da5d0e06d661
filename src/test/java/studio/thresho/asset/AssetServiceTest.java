package studio.thresho.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
class AssetServiceTest {

    static final UUID GOLDEN_HOUR = UUID.fromString("00000000-0000-4000-8000-000000000201");

    @Autowired
    AssetService assets;
    @Autowired
    AssetSearchService search;
    @Autowired
    AssetLifecycleService lifecycle;
    @Autowired
    AssetImageService assetImages;
    @Autowired
    MediaService media;
    @Autowired
    TestLogins logins;
    @Autowired
    studio.thresho.testsupport.Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;

    private ProjectSummary project;

    @BeforeEach
    void editorInAFreshProject() {
        project = workspace.editorInNewProject("Assets");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private UUID category(String slug) {
        return workspace.category(slug);
    }

    private AssetDetail marcus() {
        Map<String, Object> values = new HashMap<>();
        values.put("physical_description", "Black male, mid-30s, confident presence, short fade, well-groomed beard");
        values.put("build", "Athletic");
        values.put("age_range", "mid-30s");
        values.put("default_wardrobe", "black apron over a crisp white t-shirt");
        return assets.save(new AssetDraft(null, null, category("talent"), "Marcus", null, false, Source.AI_GENERATED,
                List.of(" Barber", "LEAD Cast", "barber"), values));
    }

    private String image(long seed) {
        return media.ingest("img-" + seed + ".png", TestImages.png(120, 160, seed)).key();
    }

    @Test
    void talentIsStoredInTheSpecsTablesAndReadBack() {
        AssetDetail marcus = marcus();

        assertThat(marcus.slug()).isEqualTo("marcus");
        assertThat(marcus.kind()).isEqualTo(CategoryKind.TALENT);
        assertThat(marcus.projectId()).isEqualTo(project.id());
        assertThat(marcus.values()).containsEntry("build", "Athletic").containsEntry("age_range", "mid-30s");
        assertThat(marcus.tags()).containsExactly("barber", "lead-cast");
        assertThat(marcus.source()).isEqualTo(Source.AI_GENERATED);
        assertThat(marcus.version()).isEqualTo("1.0.0");
        assertThat(jdbc.queryForObject("SELECT build FROM talent_profiles WHERE asset_id = ?", String.class,
                marcus.versionId().toString())).isEqualTo("athletic");
        assertThat(jdbc.queryForObject("SELECT source FROM assets_library WHERE id = ?", String.class,
                marcus.versionId().toString())).isEqualTo("ai_generated");
    }

    @Test
    void aTalentIsADraftUntilItHasAHeadshotAndSixSheetViews() {
        AssetDetail marcus = marcus();
        assertThat(marcus.completeness().complete()).isFalse();
        assertThat(marcus.completeness().missing()).containsExactly("Headshot missing", "0 of 6 character-sheet views");

        assetImages.addImage(marcus.lineageId(), image(1), ImageType.HEADSHOT, null, "Studio headshot");
        for (int i = 0; i < 4; i++) {
            marcus = assetImages.addImage(marcus.lineageId(), image(10 + i), ImageType.CHARACTER_SHEET, null, null);
        }
        assertThat(marcus.completeness().missing()).containsExactly("4 of 6 character-sheet views");
        assertThat(draftFlag(marcus)).isTrue();

        assetImages.addImage(marcus.lineageId(), image(20), ImageType.CHARACTER_SHEET, SheetSlot.ACTION_POSE, null);
        marcus = assetImages.addImage(marcus.lineageId(), image(21), ImageType.CHARACTER_SHEET, null, null);

        assertThat(marcus.completeness().complete()).isTrue();
        assertThat(draftFlag(marcus)).isFalse();
        assertThat(marcus.imagesOf(ImageType.CHARACTER_SHEET)).extracting(AssetImageView::slot)
                .contains(SheetSlot.FRONT_FACE, SheetSlot.PROFILE_LEFT, SheetSlot.ACTION_POSE);
        assertThat(marcus.imagesOf(ImageType.COMPOSITE)).as("composite rendered from headshot and sheet").hasSize(1);
        assertThat(marcus.primaryImage()).map(AssetImageView::caption).contains("Studio headshot");
    }

    @Test
    void theCompositeFollowsTheSheetAndANinthViewIsRefused() {
        AssetDetail marcus = marcus();
        assetImages.addImage(marcus.lineageId(), image(30), ImageType.HEADSHOT, null, null);
        for (int i = 0; i < 8; i++) {
            marcus = assetImages.addImage(marcus.lineageId(), image(31 + i), ImageType.CHARACTER_SHEET, null, null);
        }
        String composite = marcus.imagesOf(ImageType.COMPOSITE).getFirst().mediaKey();
        UUID lineage = marcus.lineageId();

        assertThatThrownBy(() -> assetImages.addImage(lineage, image(40), ImageType.CHARACTER_SHEET, null, null))
                .hasMessageContaining("at most 8 views");
        AssetImageView lastView = marcus.imagesOf(ImageType.CHARACTER_SHEET).getLast();
        marcus = assetImages.removeImage(lineage, lastView.id());

        assertThat(marcus.imagesOf(ImageType.CHARACTER_SHEET)).hasSize(7);
        assertThat(marcus.imagesOf(ImageType.COMPOSITE)).singleElement().extracting(AssetImageView::mediaKey).isNotEqualTo(composite);
    }

    @Test
    void slugsAreUniquePerScopeAndStableOnRename() {
        AssetDetail first = marcus();
        AssetDetail second = marcus();
        AssetDetail global = assets.save(new AssetDraft(null, null, category("talent"), "Marcus", null, true, null, List.of(), Map.of()));

        assertThat(second.slug()).isEqualTo("marcus-2");
        assertThat(global.slug()).startsWith("marcus");
        assertThat(global.global()).isTrue();

        AssetDetail renamed = assets.save(new AssetDraft(first.lineageId(), first.lockVersion(), first.categoryId(), "Marcus Reed",
                null, false, null, first.tags(), first.values()));
        assertThat(renamed.name()).isEqualTo("Marcus Reed");
        assertThat(renamed.slug()).isEqualTo("marcus");

        assertThatThrownBy(() -> assets.save(new AssetDraft(second.lineageId(), second.lockVersion(), second.categoryId(), "Marcus",
                "marcus", false, null, List.of(), second.values())))
                .isInstanceOfSatisfying(AttributeValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("slug"));
        AssetDetail edited = assets.save(new AssetDraft(second.lineageId(), second.lockVersion(), second.categoryId(), "Marcus",
                "marcus-stand-in", false, null, List.of(), second.values()));
        assertThat(edited.slug()).isEqualTo("marcus-stand-in");
    }

    @Test
    void invalidValuesFailWithAMessagePerFieldAndSaveNothing() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages", Integer.class);

        assertThatThrownBy(() -> assets.save(new AssetDraft(null, null, category("talent"), "Broken", null, false, null, List.of(),
                Map.of("build", "Huge", "age_range", 35))))
                .isInstanceOfSatisfying(AttributeValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("build", "must be one of Slim, Athletic, Average, Muscular, Plus")
                        .containsEntry("age_range", "must be text"));
        assertThatThrownBy(() -> assets.save(new AssetDraft(null, null, category("talent"), " ", null, false, null, List.of(), Map.of())))
                .hasMessageContaining("name");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages", Integer.class)).isEqualTo(before);
    }

    @Test
    void aReferenceFieldOffersTheLightingSetupsOfTheProjectAndTheGlobalLibrary() {
        AssetDetail neon = assets.save(new AssetDraft(null, null, category("lighting"), "Neon Night", null, false, null, List.of(), Map.of()));
        AssetDetail chair = assets.save(new AssetDraft(null, null, category("props"), "Chair", null, false, null, List.of(), Map.of()));

        List<UUID> offered = assets.referenceChoices("lighting").stream().map(AssetSummary::lineageId).toList();

        assertThat(offered).contains(neon.lineageId(), GOLDEN_HOUR).doesNotContain(chair.lineageId());
        assertThat(assets.referenceChoices("no-such-category")).isEmpty();
    }

    @Test
    void environmentsLinkALightingSetupAndKeepTheirPalette() {
        Map<String, Object> values = new HashMap<>();
        values.put("description", "A modern barbershop interior with exposed brick walls and vintage barber chairs");
        values.put("location_type", "Interior");
        values.put("time_of_day", "Golden Hour");
        values.put("color_palette", List.of("#8b4513", "#f5deb3", "#2f4f4f"));
        values.put("default_lighting", GOLDEN_HOUR.toString());

        AssetDetail shop = assets.save(new AssetDraft(null, null, category("environment"), "Downtown Shop", null, false, null,
                List.of("barbershop"), values));

        assertThat(shop.values()).containsEntry("time_of_day", "Golden Hour")
                .containsEntry("color_palette", List.of("#8b4513", "#f5deb3", "#2f4f4f"))
                .containsEntry("default_lighting", GOLDEN_HOUR.toString());
        assertThat(jdbc.queryForObject("SELECT time_of_day FROM environment_profiles WHERE asset_id = ?", String.class,
                shop.versionId().toString())).isEqualTo("golden_hour");
        assertThat(shop.completeness().missing()).containsExactly("Primary reference missing");

        AssetDetail marcus = marcus();
        values.put("default_lighting", marcus.lineageId().toString());
        assertThatThrownBy(() -> assets.save(new AssetDraft(null, null, category("environment"), "Wrong light", null, false, null,
                List.of(), values)))
                .isInstanceOfSatisfying(AttributeValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("default_lighting", "must be a lighting setup of the library"));
    }

    @Test
    void aLightingSetupIsADraftUntilItHasAReferenceImage() {
        AssetDetail rim = assets.save(new AssetDraft(null, null, category("lighting"), "Rim light", null, false, null, List.of(),
                Map.of("description", "hard rim light from behind")));

        assertThat(rim.completeness().complete()).isFalse();
        assertThat(rim.completeness().missing()).containsExactly("Reference images missing");

        AssetDetail withImage = assets.save(new AssetDraft(rim.lineageId(), rim.lockVersion(), rim.categoryId(), rim.name(), null, false,
                null, List.of(), rim.values()), ImageSet.empty().add(image(77), ImageType.REFERENCE, null, null).images(),
                VersionRequest.proposed());
        assertThat(withImage.completeness().summary()).isEqualTo("Complete");
    }

    @Test
    void propsKeepTheirKeyAttributesInTheAttributesColumn() {
        AssetDetail chair = assets.save(new AssetDraft(null, null, category("props"), "Vintage Barber Chair", null, false,
                Source.ORIGINAL, List.of(), Map.of("scale", "life size", "material", "chrome and oxblood leather")));

        assertThat(chair.values()).containsEntry("scale", "life size").containsEntry("material", "chrome and oxblood leather");
        assertThat(jdbc.queryForObject("SELECT JSON_VALUE(attributes, '$.material') FROM assets_library WHERE id = ?", String.class,
                chair.versionId().toString())).isEqualTo("chrome and oxblood leather");
        assertThat(chair.completeness().missing()).contains("Description missing", "Reference images missing");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndNothingIsOverwritten() {
        AssetDetail loaded = marcus();
        Map<String, Object> mine = new HashMap<>(loaded.values());
        mine.put("hair", "short fade");
        Map<String, Object> theirs = new HashMap<>(loaded.values());
        theirs.put("hair", "shaved");

        assets.save(new AssetDraft(loaded.lineageId(), loaded.lockVersion(), loaded.categoryId(), loaded.name(), null, false,
                null, loaded.tags(), mine));

        assertThatThrownBy(() -> assets.save(new AssetDraft(loaded.lineageId(), loaded.lockVersion(), loaded.categoryId(),
                loaded.name(), null, false, null, loaded.tags(), theirs)))
                .isInstanceOf(AssetChangedException.class).hasMessageContaining("changed meanwhile: someone saved v2.0.0");
        assertThat(assets.get(loaded.lineageId()).values()).containsEntry("hair", "short fade");
    }

    @Test
    void duplicateCopiesFieldsAndImagesUnderANewSlug() {
        AssetDetail marcus = marcus();
        marcus = assetImages.addImage(marcus.lineageId(), image(50), ImageType.HEADSHOT, null, null);

        AssetDetail copy = lifecycle.duplicate(marcus.lineageId());

        assertThat(copy.lineageId()).isNotEqualTo(marcus.lineageId());
        assertThat(copy.name()).isEqualTo("Marcus (copy)");
        assertThat(copy.slug()).isEqualTo("marcus-copy");
        assertThat(copy.slugFollowsName()).isTrue();
        assertThat(copy.values()).containsAllEntriesOf(marcus.values());
        assertThat(copy.imagesOf(ImageType.HEADSHOT)).extracting(AssetImageView::mediaKey)
                .containsExactlyElementsOf(marcus.imagesOf(ImageType.HEADSHOT).stream().map(AssetImageView::mediaKey).toList());
    }

    @Test
    void copiesAreNumberedAndACopyOfACopyCountsOn() {
        AssetDetail marcus = marcus();

        AssetDetail first = lifecycle.duplicate(marcus.lineageId());
        AssetDetail second = lifecycle.duplicate(marcus.lineageId());
        AssetDetail third = lifecycle.duplicate(first.lineageId());

        assertThat(List.of(first.name(), second.name(), third.name())).containsExactly("Marcus (copy)", "Marcus (copy 2)", "Marcus (copy 3)");
        assertThat(List.of(first.slug(), second.slug(), third.slug())).containsExactly("marcus-copy", "marcus-copy-2", "marcus-copy-3");
    }

    @Test
    void aCopyOfANameAtTheLimitIsShortenedToFit() {
        String longest = "M".repeat(AssetRules.NAME_MAX_LENGTH);
        AssetDetail original = assets.save(AssetDraft.create(category("props"), longest, Map.of()));

        AssetDetail copy = lifecycle.duplicate(original.lineageId());

        assertThat(copy.name()).hasSize(AssetRules.NAME_MAX_LENGTH).endsWith("M (copy)");
    }

    @Test
    void aRenamedCopyGetsTheSlugOfItsNewNameUnlessTheSlugWasEdited() {
        AssetDetail copy = lifecycle.duplicate(marcus().lineageId());

        AssetDetail renamed = assets.save(new AssetDraft(copy.lineageId(), copy.lockVersion(), copy.categoryId(), "Marcus Winter",
                copy.slug(), false, copy.source(), copy.tags(), copy.values()));
        assertThat(renamed.slug()).isEqualTo("marcus-winter");
        assertThat(renamed.slugFollowsName()).isFalse();
        AssetDetail renamedAgain = assets.save(new AssetDraft(renamed.lineageId(), renamed.lockVersion(), renamed.categoryId(),
                "Marcus Winter II", renamed.slug(), false, renamed.source(), renamed.tags(), renamed.values()));
        assertThat(renamedAgain.slug()).as("after its first rename a copy keeps its slug like any asset").isEqualTo("marcus-winter");

        AssetDetail other = lifecycle.duplicate(marcus().lineageId());
        AssetDetail ownSlug = assets.save(new AssetDraft(other.lineageId(), other.lockVersion(), other.categoryId(), "Marcus Summer",
                "marcus-for-summer", false, other.source(), other.tags(), other.values()));
        assertThat(ownSlug.slug()).isEqualTo("marcus-for-summer");

        AssetDetail original = marcus();
        AssetDetail renamedOriginal = assets.save(new AssetDraft(original.lineageId(), original.lockVersion(), original.categoryId(),
                "Marcus Autumn", original.slug(), false, original.source(), original.tags(), original.values()));
        assertThat(renamedOriginal.slug()).as("an asset that is no copy keeps its slug").isEqualTo(original.slug());
    }

    @Test
    void anAssetUsedByGenerationsCannotBeDeletedButCanBeArchived() {
        AssetDetail used = marcus();
        jdbc.update("INSERT INTO asset_usage (id, asset_id) VALUES (?, ?)", UUID.randomUUID().toString(), used.versionId().toString());
        AssetDetail unused = marcus();

        assertThatThrownBy(() -> lifecycle.delete(used.lineageId()))
                .isInstanceOf(AssetInUseException.class).hasMessageContaining("Archive it instead");
        assertThat(lifecycle.setArchived(used.lineageId(), true).archived()).isTrue();

        lifecycle.delete(unused.lineageId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages WHERE id = ?", Integer.class,
                unused.lineageId().toString())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM talent_profiles WHERE asset_id = ?", Integer.class,
                unused.versionId().toString())).isZero();
    }

    @Test
    void tagsAreSuggestedFromTheLibrary() {
        marcus();

        assertThat(search.suggestTags("LEA")).contains("lead-cast");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyCategory() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("talent", Map.of("physical_description", "tall", "build", "Slim",
                        "persona", "calm"), "build", "Huge"),
                org.junit.jupiter.params.provider.Arguments.of("environment", Map.of("description", "loft", "location_type", "Studio",
                        "color_palette", List.of("#101010")), "location_type", "Cave"),
                org.junit.jupiter.params.provider.Arguments.of("props", Map.of("description", "razor", "scale", "hand-held",
                        "material", "steel"), "scale", 12),
                org.junit.jupiter.params.provider.Arguments.of("wardrobe", Map.of("style_description", "apron", "colors", List.of("#000000"),
                        "fit", "relaxed"), "colors", List.of("black")),
                org.junit.jupiter.params.provider.Arguments.of("lighting", Map.of("description", "soft window light", "mood", "calm",
                        "shadows", "Soft", "color_temperature", "Neutral"), "shadows", "Blurry"),
                org.junit.jupiter.params.provider.Arguments.of("camera", Map.of("specs", "35mm f/1.4", "look_description", "shallow focus"),
                        "specs", 35),
                org.junit.jupiter.params.provider.Arguments.of("style", Map.of("description", "warm editorial", "color_palette",
                        List.of("#ffcc00", "#332211")), "color_palette", "warm"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("everyCategory")
    void everyCategoryCreatesEditsAndValidates(String slug, Map<String, Object> values, String badKey, Object badValue) {
        AssetDetail created = assets.save(new AssetDraft(null, null, category(slug), "Sample " + slug, null, false,
                Source.REFERENCE, List.of(slug), values));
        assertThat(created.values()).containsAllEntriesOf(values);

        Map<String, Object> edited = new HashMap<>(values);
        edited.remove(values.keySet().iterator().next());
        AssetDetail saved = assets.save(new AssetDraft(created.lineageId(), created.lockVersion(), created.categoryId(),
                "Renamed " + slug, null, false, Source.STOCK, List.of(), edited));
        assertThat(saved.values()).containsAllEntriesOf(edited).doesNotContainKey(values.keySet().iterator().next());
        assertThat(saved.source()).isEqualTo(Source.STOCK);
        assertThat(saved.slug()).isEqualTo(created.slug());

        Map<String, Object> bad = new HashMap<>(values);
        bad.put(badKey, badValue);
        assertThatThrownBy(() -> assets.save(new AssetDraft(created.lineageId(), saved.lockVersion(), created.categoryId(),
                "Renamed " + slug, null, false, null, List.of(), bad)))
                .isInstanceOfSatisfying(AttributeValidationException.class, e -> assertThat(e.fieldErrors()).containsKey(badKey));
        assertThat(assets.get(created.lineageId()).values()).containsAllEntriesOf(edited);
    }

    @Test
    void imagesAreCaptionedReorderedPromotedToHeadshotAndRemovedEachAsAVersion() {
        AssetDetail marcus = marcus();
        UUID lineage = marcus.lineageId();
        String onSet = image(60);
        String closeUp = image(61);
        assetImages.addImage(lineage, onSet, ImageType.REFERENCE, null, "On set");
        marcus = assetImages.addImage(lineage, closeUp, ImageType.REFERENCE, null, null);
        assertThat(marcus.images()).extracting(AssetImageView::mediaKey).containsExactly(onSet, closeUp);
        assertThat(marcus.version()).isEqualTo("1.2.0");

        marcus = assetImages.setCaption(lineage, idOf(marcus, closeUp), "  Close-up  ");
        assertThat(marcus.images()).filteredOn(image -> image.mediaKey().equals(closeUp)).singleElement()
                .extracting(AssetImageView::caption).isEqualTo("Close-up");
        assertThat(marcus.version()).isEqualTo("1.2.1");
        marcus = assetImages.reorder(lineage, List.of(idOf(marcus, closeUp), idOf(marcus, onSet)));
        assertThat(marcus.images()).extracting(AssetImageView::mediaKey).containsExactly(closeUp, onSet);

        marcus = assetImages.makeHeadshot(lineage, idOf(marcus, onSet));
        assertThat(marcus.imagesOf(ImageType.HEADSHOT)).extracting(AssetImageView::mediaKey).containsExactly(onSet);
        assertThat(marcus.completeness().missing()).doesNotContain("Headshot missing");

        UUID stale = idOf(marcus, onSet);
        marcus = assetImages.removeImage(lineage, stale);
        assertThat(marcus.images()).extracting(AssetImageView::mediaKey).containsExactly(closeUp);
        assertThat(marcus.version()).isEqualTo("2.0.0");
        assertThatThrownBy(() -> assetImages.reorder(lineage, List.of(stale))).hasMessageContaining("changed meanwhile");
        assertThatThrownBy(() -> assetImages.addImage(lineage, "f".repeat(64), ImageType.REFERENCE, null, null))
                .hasMessageContaining("upload it again");
    }

    private static UUID idOf(AssetDetail asset, String mediaKey) {
        return asset.images().stream().filter(image -> image.mediaKey().equals(mediaKey)).findFirst().orElseThrow().id();
    }

    @Test
    void anEnvironmentTakesItsPaletteFromItsFirstReferenceImage() {
        AssetDetail shop = assets.save(new AssetDraft(null, null, category("environment"), "Brick Loft", null, false, null,
                List.of(), Map.of("description", "loft")));

        shop = assetImages.addImage(shop.lineageId(), image(70), ImageType.REFERENCE, null, null);

        assertThat(shop.values().get("color_palette")).asList().isNotEmpty()
                .allSatisfy(colour -> assertThat(colour.toString()).matches("#[0-9a-f]{6}"));
    }

    @Test
    void viewersCannotCreateAssets() {
        logins.loginAs(TestLogins.VIEWER);

        assertThatThrownBy(() -> assets.save(AssetDraft.create(category("props"), "Nope", Map.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private boolean draftFlag(AssetDetail detail) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT is_draft FROM assets_library WHERE id = ?", Boolean.class,
                detail.versionId().toString()));
    }
}
