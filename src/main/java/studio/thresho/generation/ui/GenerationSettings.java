package studio.thresho.generation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.SelectionPreservationMode;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.UUID;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.brand.BrandProfileView;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.SeedChoice;
import studio.thresho.provider.SeedRange;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderRegistry;

/** The Generate page's settings: provider, aspect ratio, number of images, seed and brand profile. */
class GenerationSettings extends Div {

    static final String RANDOM = "Random";
    static final String FIXED = "Fixed";
    static final String SAVED = "Saved";

    final Select<GenerationProvider> provider = new Select<>();
    final Select<String> aspectRatio = new Select<>();
    final IntegerField images = new IntegerField("Images");
    final RadioButtonGroup<String> seedMode = new RadioButtonGroup<>("Seed");
    final TextField seed = new TextField();
    final Select<BrandProfileView> brand = new Select<>();

    private final ConsistencyService consistency;
    /** A long has at most 19 digits. */
    static final int SEED_MAX_DIGITS = 19;
    private Long savedSeed;
    private String savedSeedOwner;

    GenerationSettings(ProviderRegistry providers, BrandProfileService brands, ConsistencyService consistency, Runnable onChange) {
        this.consistency = consistency;
        addClassName("generate-settings");
        provider.setLabel("Provider");
        provider.setItems(providers.available());
        provider.setItemLabelGenerator(GenerationProvider::displayName);
        // a provider whose stored key cannot be used is left out, and the page says why instead of failing
        provider.setHelperText(providers.all().stream().flatMap(candidate -> candidate.setupProblem()
                .map(problem -> candidate.displayName() + " (" + problem.toLowerCase(Locale.ROOT) + ")").stream())
                .reduce((a, b) -> a + "; " + b).map(list -> "Not offered: " + list).orElse(null));
        provider.setValue(providers.defaultProvider());
        provider.addValueChangeListener(change -> {
            applyCapabilities();
            onChange.run();
        });
        aspectRatio.setLabel("Aspect ratio");
        images.setMin(1);
        images.setValue(1);
        images.setStepButtonsVisible(true);
        seedMode.setItems(RANDOM, FIXED, SAVED);
        // the saved seed's label is refreshed with every pick; the choice in force must stay selected
        seedMode.setSelectionPreservationMode(SelectionPreservationMode.PRESERVE_EXISTING);
        seedMode.setItemLabelGenerator(mode -> SAVED.equals(mode)
                ? (savedSeed == null ? "Talent's saved seed (none yet)" : savedSeedOwner + "'s seed " + savedSeed) : mode);
        seedMode.setItemEnabledProvider(mode -> !SAVED.equals(mode) || savedSeed != null);
        seedMode.setValue(RANDOM);
        seed.setPlaceholder("e.g. 4242");
        seed.setAllowedCharPattern("[0-9]");
        seed.setMaxLength(SEED_MAX_DIGITS);
        seed.setVisible(false);
        seedMode.addValueChangeListener(change -> seed.setVisible(FIXED.equals(change.getValue())));
        brand.setLabel("Brand profile");
        brand.setItems(brands.usable());
        brand.setItemLabelGenerator(profile -> profile == null ? "No brand" : profile.name());
        brand.setEmptySelectionAllowed(true);
        brand.setEmptySelectionCaption("No brand");
        brands.projectDefault().ifPresent(profile -> brand.setValue(brand.getListDataView().getItems()
                .filter(item -> item.id().equals(profile.id())).findFirst().orElse(null)));
        brand.addValueChangeListener(change -> onChange.run());
        applyCapabilities();
        add(provider, aspectRatio, images, seedMode, seed, brand);
    }

    GenerationProvider chosenProvider() {
        return provider.getValue();
    }

    int imageCount() {
        return images.getValue() == null ? 1 : images.getValue();
    }

    UUID brandId() {
        return brand.getValue() == null ? null : brand.getValue().id();
    }

    SeedChoice seedChoice() {
        if (FIXED.equals(seedMode.getValue()) && !seed.getValue().isBlank()) {
            long value;
            try {
                value = Long.parseLong(seed.getValue().strip());
            } catch (NumberFormatException tooLong) {
                value = -1;
            }
            SeedRange range = provider.getValue().seedRange();
            if (value < 0 || !range.contains(value)) {
                throw new UserFacingException(provider.getValue().displayName() + " takes seeds " + range.describe() + ".");
            }
            return SeedChoice.fixed(value);
        }
        return SAVED.equals(seedMode.getValue()) ? SeedChoice.SAVED : SeedChoice.RANDOM;
    }

    /** The first talent's seed kept for the chosen provider, offered as a seed choice. */
    void offerSavedSeed(Pick firstTalent) {
        GenerationProvider chosen = provider.getValue();
        savedSeed = firstTalent == null || chosen == null ? null
                : consistency.savedSeed(firstTalent.asset().lineageId(), chosen.id()).orElse(null);
        savedSeedOwner = firstTalent == null ? null : firstTalent.asset().name();
        if (savedSeed == null && SAVED.equals(seedMode.getValue())) {
            seedMode.setValue(RANDOM);
        }
        seedMode.getDataProvider().refreshAll();
    }

    private void applyCapabilities() {
        ProviderCapabilities capabilities = provider.getValue().capabilities();
        aspectRatio.setItems(capabilities.aspectRatios());
        aspectRatio.setValue(capabilities.aspectRatios().getFirst());
        images.setMax(capabilities.maxImages());
        if (images.getValue() == null || images.getValue() > capabilities.maxImages()) {
            images.setValue(1);
        }
        images.setHelperText("1 to " + capabilities.maxImages());
        seed.setHelperText(provider.getValue().seedRange().describe());
    }
}
