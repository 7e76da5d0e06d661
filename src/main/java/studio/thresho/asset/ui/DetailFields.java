package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.base.UserFacingException;

/** The category's fields of an asset as the detail view shows them: text, colours as swatches, references as links. */
final class DetailFields {

    static final String LINEAGE_PARAMETER = AssetDetailView.LINEAGE_PARAMETER;

    private final AssetDetail asset;
    private final AssetService assets;

    DetailFields(AssetDetail asset, AssetService assets) {
        this.asset = asset;
        this.assets = assets;
    }

    /** Whether the category's schema has a description field (else it is shown as the subtitle). */
    static boolean describedBySchema(AssetDetail asset) {
        return asset.fields().stream().anyMatch(field -> field.key().equals("description"));
    }

    Component sections() {
        Div sections = new Div();
        sections.addClassName("detail-fields");
        for (FieldDefinition field : asset.fields()) {
            Object value = asset.values().get(field.key());
            if (field.type() == FieldType.IMAGE || value == null || field.key().equals("description") && !describedBySchema(asset)) {
                continue;
            }
            Div section = new Div(new H3(field.label()), valueOf(field, value));
            section.addClassName(field.type() == FieldType.LONG_TEXT ? "detail-field-wide" : "detail-field");
            sections.add(section);
        }
        return sections;
    }

    private Component valueOf(FieldDefinition field, Object value) {
        if (field.type() == FieldType.COLOUR_LIST || field.type() == FieldType.COLOUR) {
            Div swatches = new Div();
            swatches.addClassName("swatches");
            List<?> colours = value instanceof List<?> list ? list : List.of(value);
            colours.forEach(colour -> {
                Span swatch = new Span(colour.toString());
                swatch.addClassName("swatch");
                swatch.getStyle().set("--swatch", colour.toString());
                swatches.add(swatch);
            });
            return swatches;
        }
        if (field.type() == FieldType.ASSET_REFERENCE) {
            try {
                AssetDetail referenced = assets.get(UUID.fromString(value.toString()));
                return new RouterLink(referenced.name(), AssetDetailView.class,
                        new RouteParameters(LINEAGE_PARAMETER, referenced.lineageId().toString()));
            } catch (UserFacingException | IllegalArgumentException gone) {
                return new Span("(no longer in the library)");
            }
        }
        if (value instanceof Boolean flag) {
            return new Paragraph(flag ? "Yes" : "No");
        }
        if (value instanceof List<?> list) {
            return new Paragraph(String.join(", ", list.stream().map(Object::toString).toList()));
        }
        return new Paragraph(value.toString());
    }
}
