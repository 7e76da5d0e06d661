package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.FragmentType;
import studio.thresho.asset.PromptFragment;
import studio.thresho.asset.PromptTargets;
import studio.thresho.asset.category.CategoryKind;

/**
 * An asset's prompt fragments (spec table {@code asset_prompt_fragments}): text written for every
 * provider or for one, that replaces the asset's own description (base), joins the style sentence,
 * or joins the camera sentence (technical). Each row shows where its text lands in a prompt.
 */
class PromptFragmentsEditor extends Div {

    static final String EVERY_PROVIDER = "";

    /** One fragment being edited. */
    final class Row extends Div {
        final Select<String> provider = new Select<>();
        final Select<FragmentType> type = new Select<>();
        final TextArea text = new TextArea();
        final Paragraph preview = new Paragraph();

        Row(PromptFragment fragment) {
            addClassName("fragment-row");
            provider.setLabel("For");
            provider.setItems(providerIds());
            provider.setItemLabelGenerator(PromptFragmentsEditor.this::providerName);
            provider.setValue(fragment.providerId() == null ? EVERY_PROVIDER : fragment.providerId());
            type.setLabel("Goes");
            type.setItems(FragmentType.values());
            type.setItemLabelGenerator(PromptFragmentsEditor::typeLabel);
            type.setValue(fragment.type());
            text.setLabel("Text");
            text.setValue(fragment.text() == null ? "" : fragment.text());
            text.setMaxLength(AssetRules.FRAGMENT_MAX_LENGTH);
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setWidthFull();
            preview.addClassName("fragment-preview");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                list.remove(this);
                showAdd();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel("Remove this fragment");
            type.addValueChangeListener(change -> showPreview());
            text.addValueChangeListener(change -> showPreview());
            Div head = new Div(provider, type, remove);
            head.addClassName("fragment-head");
            add(head, text, preview);
            showPreview();
        }

        PromptFragment fragment() {
            String id = provider.getValue();
            return new PromptFragment(id == null || id.isEmpty() ? null : id, type.getValue(), text.getValue());
        }

        private void showPreview() {
            preview.setText("In a prompt: " + FragmentPlacement.example(kind, assetName, type.getValue(), text.getValue()));
        }
    }

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button("Add a prompt fragment", VaadinIcon.PLUS.create());
    private final Div list = new Div();
    private final List<PromptTargets.Target> targets;
    private final CategoryKind kind;
    private final String assetName;

    PromptFragmentsEditor(List<PromptTargets.Target> targets, CategoryKind kind, String assetName, List<PromptFragment> fragments) {
        this.targets = targets;
        this.kind = kind;
        this.assetName = assetName == null || assetName.isBlank() ? "this asset" : assetName;
        addClassName("prompt-fragments");
        Paragraph help = new Paragraph("Prompt text of your own for this asset: a base fragment replaces its description in prompts, a style"
                + " fragment joins the style sentence, a technical one the camera sentence. One written for a provider wins over one for"
                + " every provider.");
        help.addClassName("dialog-note");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addRow(new PromptFragment(null, FragmentType.BASE, "")));
        list.addClassName("fragment-list");
        add(help, list, add);
        fragments.forEach(this::addRow);
        showAdd();
    }

    /** The fragments as they would be saved (blank ones are dropped on save). */
    List<PromptFragment> fragments() {
        return rows.stream().map(Row::fragment).toList();
    }

    Row addRow(PromptFragment fragment) {
        Row row = new Row(fragment);
        rows.add(row);
        list.add(row);
        showAdd();
        return row;
    }

    private void showAdd() {
        add.setEnabled(rows.size() < AssetRules.MAX_FRAGMENTS);
    }

    private List<String> providerIds() {
        List<String> ids = new ArrayList<>();
        ids.add(EVERY_PROVIDER);
        targets.forEach(target -> ids.add(target.id()));
        return ids;
    }

    private String providerName(String id) {
        if (id == null || id.isEmpty()) {
            return "Every provider";
        }
        return targets.stream().filter(target -> target.id().equals(id)).map(PromptTargets.Target::name).findFirst().orElse(id);
    }

    static String typeLabel(FragmentType type) {
        return switch (type) {
            case BASE -> "Instead of the description (base)";
            case STYLE -> "Into the style sentence";
            case TECHNICAL -> "Into the camera sentence (technical)";
        };
    }
}
