package studio.thresho.wizard;

import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.asset.SheetSlot;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.provider.midjourney.MidjourneyProvider;
import studio.thresho.provider.storyboard.StoryboardProvider;
import studio.thresho.testsupport.Await;

/** Drives wizard sessions through their steps with the offline storyboard, waiting for the images. */
@Component
public class WizardFixture {

    public static final String ELENA = "Woman in her early 30s, olive skin, dark wavy shoulder-length hair, warm brown eyes, athletic build";

    final WizardService wizard;
    final WizardImagesService images;
    final WizardTalentService talents;

    final MediaService media;

    WizardFixture(WizardService wizard, WizardImagesService images, WizardTalentService talents, MediaService media) {
        this.media = media;
        this.wizard = wizard;
        this.images = images;
        this.talents = talents;
    }

    public static WizardBrief brief(String provider) {
        return new WizardBrief(ELENA, null, IntendedUse.INDUSTRY, "Hospitality", provider, null, null);
    }

    WizardSessionView headshotsReady(UUID id) {
        return Await.until(() -> wizard.get(id), view -> !view.headshots().isEmpty()
                && view.headshots().stream().noneMatch(WizardImage::running), Duration.ofSeconds(60));
    }

    WizardSessionView sheetSettled(UUID id) {
        return Await.until(() -> wizard.get(id), view -> view.views().stream().allMatch(sheet -> sheet.inFlight() == 0 && sheet.current() != null),
                Duration.ofSeconds(60));
    }

    /** A session with its headshot locked (the second option) and its 8 views made. */
    public WizardSessionView atStepThree() {
        WizardSessionView session = wizard.start(brief(StoryboardProvider.ID));
        images.generateHeadshots(session.id(), WizardLimits.MAX_HEADSHOTS);
        WizardSessionView options = headshotsReady(session.id());
        images.chooseHeadshot(session.id(), options.headshots().get(1).generationId());
        images.generateSheet(session.id());
        return sheetSettled(session.id());
    }

    /** A Midjourney session's options or views, once each has its command to paste. */
    WizardSessionView commandsWritten(UUID id) {
        return Await.until(() -> wizard.get(id), view -> !view.headshots().isEmpty()
                && view.headshots().stream().allMatch(image -> image.awaitingUpload() || image.ready())
                && view.views().stream().allMatch(sheet -> sheet.current() == null || sheet.current().ready() || sheet.current().awaitingUpload()),
                Duration.ofSeconds(60));
    }

    /** An image as the user would upload it from Midjourney. */
    public String upload(int seed) {
        return media.ingest("midjourney-" + seed + ".png", TestImages.png(96, 96, seed)).key();
    }

    /** A Midjourney session: option 2's image uploaded and locked, and the 8 views' commands written. */
    public WizardSessionView midjourneyAtStepThree() {
        WizardSessionView session = wizard.start(brief(MidjourneyProvider.ID));
        images.generateHeadshots(session.id(), WizardLimits.MIN_HEADSHOTS);
        WizardSessionView options = commandsWritten(session.id());
        UUID second = options.headshots().get(1).generationId();
        images.attachResult(session.id(), second, upload(7101));
        images.chooseHeadshot(session.id(), second);
        images.generateSheet(session.id());
        return Await.until(() -> wizard.get(session.id()), view -> view.views().stream().allMatch(sheet -> sheet.current() != null
                && sheet.current().awaitingUpload()), Duration.ofSeconds(60));
    }

    static SheetSlot[] slots() {
        return SheetSlot.values();
    }
}
