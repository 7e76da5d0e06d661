package studio.thresho.wizard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.function.Supplier;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.SheetSlot;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.media.MediaService;
import studio.thresho.security.Role;
import studio.thresho.generation.ui.ManualResultSteps;
import studio.thresho.media.UrlImporter;
import studio.thresho.wizard.WizardBrief;
import studio.thresho.wizard.WizardImage;
import studio.thresho.wizard.WizardStatus;
import studio.thresho.wizard.WizardImagesService;
import studio.thresho.wizard.WizardService;
import studio.thresho.wizard.WizardSessionView;
import studio.thresho.wizard.WizardTalentService;

/**
 * One wizard session, step by step (FR-9.1): "wizard/new" starts one. The images appear as they
 * arrive (the page polls while any is being made); every click is saved at once, so the user may
 * leave and continue later from the list.
 */
@Route("wizard/:sessionId")
@PageTitle("Talent wizard · Thresho Studio")
@RolesAllowed(Role.Names.EDITOR)
class WizardView extends Div implements BeforeEnterObserver {

    static final String NEW = "new";
    static final int POLL_MILLIS = 1000;
    static final String[] STEPS = {"1 Description", "2 Headshots", "3 Character sheet", "4 Profile", "5 Confirmation"};

    final Div stepBar = new Div();
    final Div body = new Div();
    /** Steps 2 to 5: to the previous step, keeping every image made (the session's later work stays). */
    final Button back = new Button("Back");
    BriefStep brief;
    HeadshotStep headshots;
    SheetStep sheet;
    ProfileStep profile;
    ConfirmStep confirm;
    WizardSessionView session;
    int shownStep = 1;

    private final WizardService wizard;
    private final WizardImagesService images;
    private final WizardTalentService talents;
    private final WizardChoices choices;
    private final MediaService media;
    private final UrlImporter urls;
    private final AssetService assets;

    WizardView(WizardService wizard, WizardImagesService images, WizardTalentService talents, WizardChoices choices, MediaService media,
               UrlImporter urls, AssetService assets) {
        this.urls = urls;
        this.assets = assets;
        this.wizard = wizard;
        this.images = images;
        this.talents = talents;
        this.choices = choices;
        this.media = media;
        addClassNames("page", "wizard-page");
        stepBar.addClassName("wizard-steps");
        back.setId("wizard-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(click -> goBack());
        add(new RouterLink("\u2190 Talent wizard", WizardListView.class),
                new ViewHeader("Talent wizard", "From a description to a consistent talent"), stepBar, body);
        addAttachListener(attach -> attach.getUI().addPollListener(poll -> refreshIfGenerating()));
        addDetachListener(detach -> detach.getUI().setPollInterval(-1));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("sessionId").orElse(NEW);
        if (NEW.equals(id)) {
            session = null;
            shownStep = 1;
            show();
            return;
        }
        try {
            session = wizard.get(UUID.fromString(id));
            shownStep = Math.max(1, Math.min(5, session.status().step()));
            if (!session.status().open()) {
                Notifications.error("This session is " + session.status().label().toLowerCase() + ".");
                event.forwardTo(WizardListView.class);
                return;
            }
            show();
        } catch (IllegalArgumentException | UserFacingException missing) {
            Notifications.error(missing instanceof UserFacingException ? missing.getMessage() : "That wizard session does not exist.");
            event.forwardTo(WizardListView.class);
        }
    }

    void show() {
        renderStepBar();
        body.removeAll();
        brief = null;
        headshots = null;
        sheet = null;
        profile = null;
        confirm = null;
        if (shownStep > 1) {
            body.add(back);
        }
        switch (shownStep) {
            case 1 -> body.add(brief = new BriefStep(choices, media, session == null ? null : session.brief(), this::submitBrief));
            case 2 -> body.add(headshots = new HeadshotStep(session, wizard.quoteHeadshots(session.id(), 6).describe(),
                    "Character sheet: " + wizard.quoteSheet(session.id()).describe(), headshotActions(), this::manualSteps));
            case 3 -> body.add(sheet = new SheetStep(session, "Each regeneration: " + wizard.quoteRegeneration(session.id()).describe(),
                    sheetActions(), this::manualSteps));
            case 4 -> body.add(profile = new ProfileStep(session, changed -> run(() -> talents.saveProfile(session.id(), changed), 5)));
            default -> body.add(confirm = new ConfirmStep(session, talents.preview(session.id()), assets, this::save));
        }
        getUI().ifPresent(ui -> ui.setPollInterval(session != null && session.generating() ? POLL_MILLIS : -1));
    }

    /** The command of an image made by hand (Midjourney), and the upload or paste that becomes its result. */
    private ManualResultSteps manualSteps(WizardImage image) {
        return ManualResultSteps.single(image.instructions(), media, urls,
                uploaded -> images.attachResult(session.id(), image.generationId(), uploaded.getFirst()), () -> {
                    session = wizard.get(session.id());
                    show();
                });
    }

    static Paragraph warning(String text) {
        Paragraph warning = new Paragraph(text);
        warning.addClassNames("wizard-quote", "form-error");
        return warning;
    }

    private void goBack() {
        int previous = shownStep - 1;
        run(() -> wizard.goBack(session.id(), previous), previous);
    }

    private void renderStepBar() {
        stepBar.removeAll();
        int reached = session == null ? 1 : Math.min(5, session.status().step());
        for (int step = 1; step <= STEPS.length; step++) {
            int target = step;
            Button button = new Button(STEPS[step - 1], click -> {
                shownStep = target;
                show();
            });
            button.addThemeVariants(step == shownStep ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            button.setEnabled(step <= reached && session != null);
            stepBar.add(button);
        }
    }

    private void submitBrief(WizardBrief changed) {
        try {
            if (session == null) {
                WizardSessionView started = wizard.start(changed);
                UI.getCurrent().navigate("wizard/" + started.id());
                return;
            }
            session = wizard.updateBrief(session.id(), changed);
            shownStep = 2;
            show();
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private HeadshotStep.Actions headshotActions() {
        return new HeadshotStep.Actions() {
            @Override
            public void generate(int options) {
                run(() -> images.generateHeadshots(session.id(), options), 2);
            }

            @Override
            public void moreLike(UUID option, int options) {
                run(() -> images.moreLike(session.id(), option, options), 2);
            }

            @Override
            public void choose(UUID option) {
                long made = session.views().stream().filter(view -> !view.attempts().isEmpty()).count();
                if (session.chosenHeadshot() == null || made == 0) {
                    run(() -> images.chooseHeadshot(session.id(), option), 2);
                    return;
                }
                ConfirmDialog ask = new ConfirmDialog("Choose another headshot?", made + (made == 1 ? " sheet view was" : " sheet views were")
                        + " made from the current headshot; they are dropped and the sheet is made again from the new one.",
                        "Choose it", confirmed -> run(() -> images.chooseHeadshot(session.id(), option), 2));
                ask.setCancelable(true);
                ask.open();
            }

            @Override
            public void toSheet() {
                boolean missing = session.views().stream().anyMatch(view -> view.current() == null && !view.dropped());
                // back at step 2 with the sheet made, going on only takes the session to step 3 again
                boolean behind = session.status().step() < WizardStatus.STEP3.step();
                run(() -> missing || behind ? images.generateSheet(session.id()) : session, 3);
            }
        };
    }

    private SheetStep.Actions sheetActions() {
        return new SheetStep.Actions() {
            @Override
            public void generateMissing() {
                run(() -> images.generateSheet(session.id()), 3);
            }

            @Override
            public void regenerate(SheetSlot slot) {
                run(() -> images.regenerateView(session.id(), slot), 3);
            }

            @Override
            public void keep(SheetSlot slot, boolean kept) {
                run(() -> images.dropView(session.id(), slot, !kept), 3);
            }

            @Override
            public void toProfile() {
                run(() -> talents.toProfile(session.id()), 4);
            }
        };
    }

    private void save(boolean global) {
        try {
            AssetDetail talent = talents.saveTalent(session.id(), global);
            Notifications.success(talent.name() + " is saved as v" + talent.version() + ".");
            UI.getCurrent().navigate("asset/" + talent.lineageId());
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    /** Runs a step's action and shows the given step with its outcome, or the reason it was refused. */
    private void run(Supplier<WizardSessionView> action, int nextStep) {
        try {
            session = action.get();
            shownStep = nextStep;
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
            session = wizard.get(session.id());
        }
        show();
    }

    void refreshIfGenerating() {
        if (session != null && session.generating()) {
            session = wizard.get(session.id());
            show();
        }
    }
}
