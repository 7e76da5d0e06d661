package studio.thresho.generation.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.Notifications;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.UsedAsset;
import studio.thresho.generation.VideoOrder;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/** "Animate": turns a still into a clip with an image-to-video provider (prompt, duration, ratio). */
class AnimateDialog extends FormDialog {

    final Select<GenerationProvider> provider = new Select<>();
    final TextArea prompt = new TextArea("What happens in the clip");
    final Select<Integer> duration = new Select<>();
    final Select<String> ratio = new Select<>();

    private final GenerationService generations;
    private final String stillKey;
    private final UUID sourceGeneration;
    private final UsedAsset sourceAsset;
    private final Runnable onQueued;

    AnimateDialog(GenerationService generations, ProviderRegistry providers, String stillKey, String suggestedPrompt, UUID sourceGeneration,
                  UsedAsset sourceAsset, Runnable onQueued) {
        super("Animate", "Make the clip");
        this.generations = generations;
        this.stillKey = stillKey;
        this.sourceGeneration = sourceGeneration;
        this.sourceAsset = sourceAsset;
        this.onQueued = onQueued;
        List<GenerationProvider> videoProviders = providers.available().stream().filter(candidate -> candidate.capabilities().imageToVideo())
                .toList();
        provider.setLabel("Provider");
        provider.setItems(videoProviders);
        provider.setItemLabelGenerator(GenerationProvider::displayName);
        videoProviders.stream().findFirst().ifPresent(provider::setValue);
        prompt.setValue(suggestedPrompt == null ? "" : suggestedPrompt);
        prompt.setWidthFull();
        duration.setLabel("Duration");
        duration.setItems(GenerationService.VIDEO_DURATIONS);
        duration.setItemLabelGenerator(seconds -> seconds + " seconds");
        duration.setValue(GenerationService.VIDEO_DURATIONS.getFirst());
        ratio.setLabel("Ratio");
        ratio.setItems(GenerationService.VIDEO_RATIOS);
        ratio.setValue(GenerationService.VIDEO_RATIOS.getFirst());
        Image still = new Image(MediaUrls.of(stillKey, MediaVariant.THUMBNAIL), "Still");
        still.addClassName("quick-add-preview");
        if (videoProviders.isEmpty()) {
            Paragraph none = new Paragraph("No provider that makes videos is set up: an administrator enables Runway or Kling under "
                    + "Admin > Providers.");
            none.addClassName("form-error");
            addForm(still, none);
            primaryButton().setEnabled(false);
        } else {
            addForm(still, provider, prompt, duration, ratio);
        }
        setWidth("560px");
    }

    @Override
    protected void submit() {
        if (provider.getValue() == null) {
            throw new UserFacingException("Choose a provider that makes videos.");
        }
        generations.animate(new VideoOrder(provider.getValue().id(), stillKey, prompt.getValue(), ratio.getValue(), duration.getValue(), null,
                sourceGeneration, sourceAsset));
        Notifications.success("Animating with " + provider.getValue().displayName() + "…");
        onQueued.run();
    }
}
