package studio.thresho.provider.midjourney;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import studio.thresho.provider.ConfiguredProvider;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderOptions;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.catalogue.ModelCatalogue;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.provider.PublicLinkNotes;
import studio.thresho.provider.settings.ProviderConfig;
import studio.thresho.provider.settings.ProviderConfigs;
import studio.thresho.provider.settings.ProviderDefaults;
import studio.thresho.media.ShareLinkService;

/**
 * Midjourney has no API: "submitting" writes the command the user pastes into Midjourney, with
 * public share links for the reference images; the generation then waits until the user uploads
 * the results on the Generate page.
 */
@Component
public class MidjourneyProvider extends ConfiguredProvider {

    public static final String ID = "midjourney";
    /** Keys of the weights in the provider's default parameters and in a generation's options. */
    static final String CHARACTER_WEIGHT = ProviderOptions.CHARACTER_WEIGHT;
    static final String STYLE_WEIGHT = ProviderOptions.STYLE_WEIGHT;
    static final String NAME = "Midjourney (copy & paste)";
    private static final ModelCatalogue SHIPPED = ModelCatalogue.shipped(ID, NAME);
    private static final ProviderDefaults DEFAULTS = new ProviderDefaults(null, SHIPPED.defaultModel(), SHIPPED.offered(), false, 100,
            "No API key: the Generate page shows the command to paste into Midjourney. Reference images need PUBLIC_BASE_URL.");

    private final ShareLinkService shares;

    MidjourneyProvider(ProviderConfigs configs, ShareLinkService shares) {
        super(ID, NAME, DEFAULTS, configs);
        this.shares = shares;
    }



    /** Midjourney fetches its references itself: they travel as public links in the command. */
    @Override
    public boolean referencesAsLinks() {
        return true;
    }

    @Override
    public boolean manual() {
        return true;
    }



    @Override
    public studio.thresho.provider.SeedRange seedRange() {
        return studio.thresho.provider.SeedRange.UNSIGNED_32_BIT;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(true, true, true, false, true, shares.configured() ? 4 : 0, 6000, 4,
                List.of("16:9", "1:1", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9"));
    }

    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        ProviderConfig config = config();
        List<String> notes = new ArrayList<>();
        List<MidjourneyReference> references = new ArrayList<>();
        for (ProviderReference reference : request.references()) {
            if (!shares.configured()) {
                notes.add(PublicLinkNotes.leftOut(reference.assetName()));
                continue;
            }
            String url = shares.createForGeneration(reference.mediaKey(), request.recordId(), ShareLinkService.DEFAULT_VALIDITY).url();
            references.add(switch (reference.role()) {
                case "character" -> MidjourneyReference.character(url, reference.assetName());
                case "style" -> MidjourneyReference.style(url, null, reference.assetName());
                default -> MidjourneyReference.imagePrompt(url, reference.assetName());
            });
        }
        MidjourneySettings settings = MidjourneySettings.of(version(config, request.model()))
                .withCharacterWeight(number(request.options().getOrDefault(CHARACTER_WEIGHT, config.parameters().get(CHARACTER_WEIGHT))))
                .withStyleWeight(number(request.options().getOrDefault(STYLE_WEIGHT, config.parameters().get(STYLE_WEIGHT))))
                .withSeed(request.seed())
                .withAspectRatio(request.aspectRatio())
                .withNegative(request.negativePrompt());
        MidjourneyCommandText command = MidjourneyCommand.build(request.prompt(), references, settings);
        notes.addAll(command.warnings());
        String instructions = command.withImagine() + (notes.isEmpty() ? "" : "\n\n" + String.join("\n", notes));
        return new ProviderSubmission(ID + "-" + request.recordId(), List.of(), instructions);
    }

    @Override
    public ProviderStatus poll(String externalId) {
        return ProviderStatus.running(null);
    }

    @Override
    public byte[] fetch(ProviderResult result) {
        throw new IllegalStateException("Midjourney results are uploaded by the user.");
    }

    @Override
    public void cancel(String externalId) {
        // nothing runs on our side; the user simply does not paste the command
    }

    @Override
    public String testConnection() {
        return shares.configured() ? "Nothing to connect to: reference images are shared through PUBLIC_BASE_URL."
                : "Nothing to connect to, but PUBLIC_BASE_URL is not set: commands will carry no reference images.";
    }


    /** The version from the catalogue (shipped or added under Admin > Providers); an unknown one is refused naming the known ones. */
    private MidjourneyVersion version(ProviderConfig config, String requested) {
        String name = usableModel(config, requested);
        ModelCatalogue catalogue = catalogue(config);
        return catalogue.find(name).map(MidjourneyVersion::of).orElseThrow(() -> new ProviderRefusedException("Midjourney version \""
                + name + "\" is not in the catalogue (" + String.join(", ", catalogue.offered()) + "): an administrator adds it under "
                + "Admin > Providers, e.g. [{\"name\": \"" + name + "\", \"flag\": \"--v " + name + "\", \"characterReference\": \"oref\"}]."));
    }

    private static Integer number(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }
}
