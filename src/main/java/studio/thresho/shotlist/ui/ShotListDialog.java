package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.brand.BrandProfileView;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.shotlist.ShotLimits;
import studio.thresho.shotlist.ShotListDraft;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListStatus;
import studio.thresho.shotlist.ShotListSummary;

/** A new shot list, or the name, description, status, brand and default provider of one. */
class ShotListDialog extends FormDialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final Select<ShotListStatus> status = new Select<>();
    final Select<BrandProfileView> brand = new Select<>();
    final Select<GenerationProvider> provider = new Select<>();

    private final ShotListService lists;
    private final ShotListSummary existing;
    private final Consumer<ShotListSummary> onSaved;

    ShotListDialog(ShotListService lists, List<BrandProfileView> brands, List<GenerationProvider> providers, ShotListSummary existing,
                   Consumer<ShotListSummary> onSaved) {
        super(existing == null ? "New shot list" : "Shot list settings", existing == null ? "Create" : "Save");
        this.lists = lists;
        this.existing = existing;
        this.onSaved = onSaved;
        LengthLimit.refuseOver(name, ShotLimits.NAME_MAX_LENGTH);
        status.setLabel("Status");
        status.setItems(ShotListStatus.values());
        status.setItemLabelGenerator(ShotListStatus::label);
        status.setValue(ShotListStatus.DRAFT);
        brand.setLabel("Brand profile");
        brand.setItems(brands);
        brand.setItemLabelGenerator(profile -> profile == null ? "No brand" : profile.name());
        brand.setEmptySelectionAllowed(true);
        brand.setEmptySelectionCaption("No brand");
        provider.setLabel("Default provider");
        provider.setItems(providers);
        provider.setItemLabelGenerator(candidate -> candidate == null ? "The studio's default" : candidate.displayName());
        provider.setEmptySelectionAllowed(true);
        provider.setEmptySelectionCaption("The studio's default");
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(Objects.requireNonNullElse(existing.description(), ""));
            status.setValue(existing.status());
            brand.setValue(brands.stream().filter(profile -> profile.id().equals(existing.brandProfileId())).findFirst().orElse(null));
            provider.setValue(providers.stream().filter(candidate -> candidate.id().equals(existing.defaultProviderId())).findFirst()
                    .orElse(null));
        }
        FormLayout form = new FormLayout(name, status, description, brand, provider);
        form.setColspan(description, 2);
        addForm(form);
        setWidth("min(640px, 96vw)");
    }

    @Override
    protected void submit() {
        UUID brandId = brand.getValue() == null ? null : brand.getValue().id();
        String providerId = provider.getValue() == null ? null : provider.getValue().id();
        ShotListDraft draft = new ShotListDraft(name.getValue(), description.getValue(), status.getValue(), brandId, providerId,
                existing == null ? null : existing.lockVersion());
        onSaved.accept(existing == null ? lists.create(draft) : lists.update(existing.id(), draft));
    }
}
