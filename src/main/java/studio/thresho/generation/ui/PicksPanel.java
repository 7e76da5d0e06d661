package studio.thresho.generation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;

/**
 * The Generate page's picks: one panel per slot (talent, environment, lighting, props, camera,
 * style) with a chip per picked asset version and its context, filled through the asset selector.
 */
class PicksPanel extends Div {

    final Map<Slot, List<Pick>> picks = new EnumMap<>(Slot.class);
    final Map<Slot, Div> slotPanels = new EnumMap<>(Slot.class);

    private final AssetSelectorDialog.Services services;
    private final Runnable onChange;

    PicksPanel(AssetSelectorDialog.Services services, Runnable onChange) {
        this.services = services;
        this.onChange = onChange;
        addClassName("generate-picks");
        for (Slot slot : Slot.values()) {
            picks.put(slot, new ArrayList<>());
            Div panel = new Div();
            panel.addClassName("slot-panel");
            slotPanels.put(slot, panel);
            add(panel);
            show(slot);
        }
    }

    List<PlanPick> planned() {
        return picks.values().stream().flatMap(List::stream).map(Pick::planned).toList();
    }

    List<Pick> talents() {
        return picks.get(Slot.TALENT);
    }

    void openSelector(Slot slot) {
        openSelector(slot, null);
    }

    /** @param wardrobe a Wardrobe asset the talent ticked next wears ("Use in Generation" on it), or null */
    void openSelector(Slot slot, studio.thresho.asset.AssetSummary wardrobe) {
        new AssetSelectorDialog(slot, picks.get(slot), services, chosen -> {
            boolean hadEnvironment = !picks.get(Slot.ENVIRONMENT).isEmpty();
            picks.put(slot, new ArrayList<>(chosen));
            show(slot);
            if (slot == Slot.ENVIRONMENT && !hadEnvironment) {
                defaultLighting();
            }
            onChange.run();
        }).offering(wardrobe).open();
    }

    void remove(Pick pick) {
        picks.get(pick.slot()).remove(pick);
        show(pick.slot());
        onChange.run();
    }

    /** "Use in Generation": the asset's active version in the slot of its kind. */
    void preselect(String lineageId) {
        try {
            AssetDetail asset = services.versions().resolve(UUID.fromString(lineageId), null);
            if (asset.kind() == studio.thresho.asset.category.CategoryKind.WARDROBE) {
                // wardrobe is worn by a talent: choose who, with this wardrobe already set
                services.assets().referenceChoices("wardrobe").stream().filter(choice -> choice.lineageId().equals(asset.lineageId()))
                        .findFirst().ifPresent(wardrobe -> {
                            Notifications.success("Choose the talent who wears " + asset.name() + ".");
                            openSelector(Slot.TALENT, wardrobe);
                        });
                return;
            }
            Slot slot = Arrays.stream(Slot.values())
                    .filter(candidate -> candidate.categorySlug().equals(asset.kind().name().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new UserFacingException(asset.name() + " is not something a generation uses."));
            picks.get(slot).add(Pick.of(slot, asset));
            show(slot);
            if (slot == Slot.ENVIRONMENT) {
                defaultLighting();
            }
        } catch (UserFacingException | IllegalArgumentException missing) {
            Notifications.error(missing.getMessage() == null ? "That asset no longer exists." : missing.getMessage());
        }
    }

    /** An environment's default lighting comes with it, unless a lighting setup is chosen already. */
    private void defaultLighting() {
        if (!picks.get(Slot.LIGHTING).isEmpty() || picks.get(Slot.ENVIRONMENT).isEmpty()) {
            return;
        }
        AssetDetail environment = picks.get(Slot.ENVIRONMENT).getFirst().asset();
        if (environment.values().get("default_lighting") instanceof String lighting) {
            try {
                AssetDetail active = services.versions().resolve(UUID.fromString(lighting), null);
                picks.get(Slot.LIGHTING).add(Pick.of(Slot.LIGHTING, active));
                show(Slot.LIGHTING);
                Notifications.success(active.name() + " comes with " + environment.name() + " as its default lighting.");
            } catch (UserFacingException | IllegalArgumentException gone) {
                // the default lighting was deleted: the environment simply comes alone
            }
        }
    }

    private void show(Slot slot) {
        Div panel = slotPanels.get(slot);
        panel.removeAll();
        List<Pick> chosen = picks.get(slot);
        Button choose = new Button(chosen.isEmpty() ? "Choose" : slot.multiple() ? "Add or change" : "Swap",
                chosen.isEmpty() ? VaadinIcon.PLUS.create() : VaadinIcon.EXCHANGE.create(), click -> openSelector(slot));
        choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        choose.setId("choose-" + slot.categorySlug());
        Div head = new Div(new Span(slot.label()), choose);
        head.addClassName("slot-head");
        panel.add(head);
        for (Pick pick : chosen) {
            panel.add(chip(pick));
        }
    }

    private Component chip(Pick pick) {
        Div picture = new Div();
        picture.addClassName("chip-picture");
        pick.asset().primaryImage().ifPresent(image -> picture.add(new Image(image.thumbnailUrl(), pick.asset().name())));
        Span name = new Span(pick.asset().name());
        name.addClassName("chip-name");
        Span version = new Span("v" + pick.asset().version() + (pick.asset().active() ? "" : " (pinned)"));
        version.addClassName("version-badge");
        Div text = new Div(name, version);
        if (!pick.contextSummary().isEmpty()) {
            Span context = new Span(pick.contextSummary());
            context.addClassName("chip-context");
            text.add(context);
        }
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove(pick));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove " + pick.asset().name());
        Div chip = new Div(picture, text, remove);
        chip.addClassName("pick-chip");
        return chip;
    }
}
