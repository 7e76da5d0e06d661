package studio.thresho.asset.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.AssetSearchService;
import studio.thresho.base.UserFacingException;

/** An asset's tags: the library's existing tags suggested while typing, a new one added with Enter (trimmed, lower-case). */
class TagsField extends MultiSelectComboBox<String> {

    private final AssetSearchService search;

    TagsField(AssetSearchService search) {
        super("Tags");
        this.search = search;
        setAllowCustomValue(true);
        setItems(new ArrayList<>(search.suggestTags("")));
        addCustomValueSetListener(custom -> add(custom.getDetail()));
        setHelperText("Type a tag and press Enter; existing tags are suggested");
    }

    /** Shows these tags as chosen, besides the library's. */
    void show(Collection<String> chosen) {
        offer(chosen);
        setValue(new LinkedHashSet<>(chosen));
    }

    private void add(String raw) {
        try {
            List<String> normalised = AssetRules.normaliseTags(List.of(raw));
            if (normalised.isEmpty()) {
                return;
            }
            LinkedHashSet<String> values = new LinkedHashSet<>(getValue());
            values.add(normalised.getFirst());
            offer(values);
            setValue(values);
        } catch (UserFacingException refused) {
            setInvalid(true);
            setErrorMessage(refused.getMessage());
        }
    }

    private void offer(Collection<String> extra) {
        List<String> items = new ArrayList<>(search.suggestTags(""));
        items.addAll(extra);
        setItems(new LinkedHashSet<>(items));
    }
}
