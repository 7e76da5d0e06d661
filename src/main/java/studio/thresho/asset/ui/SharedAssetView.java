package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetSharing;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;
import studio.thresho.security.SystemAuthentication;

/**
 * The read-only public page of one asset version, for anyone holding a live share link: its
 * images (previews, re-encoded at ingest, so without EXIF/GPS data), description and key fields.
 * Nothing internal: no ids, no links into the library, no shell. The images are inlined so the
 * page needs no signed-in file handler.
 */
@Route(value = "shared/:token", autoLayout = false)
@PageTitle("Shared asset · Thresho Studio")
@AnonymousAllowed
class SharedAssetView extends Div implements BeforeEnterObserver {

    static final String TOKEN_PARAMETER = "token";
    static final int MAX_IMAGES = 12;

    private final AssetSharing sharing;
    private final MediaService media;

    SharedAssetView(AssetSharing sharing, MediaService media) {
        this.sharing = sharing;
        this.media = media;
        addClassName("page");
        addClassName("shared-asset-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<AssetDetail> asset = sharing.shared(event.getRouteParameters().get(TOKEN_PARAMETER).orElse(""));
        if (asset.isEmpty()) {
            add(new EmptyState(VaadinIcon.LINK, "This link does not work (any more)",
                    "It may have expired or been revoked. Ask whoever sent it for a new one."));
            return;
        }
        render(asset.get());
    }

    private void render(AssetDetail asset) {
        add(new H1(asset.name()));
        Paragraph facts = new Paragraph(asset.categoryName() + " · v" + asset.version());
        facts.addClassName("shared-facts");
        add(facts);
        if (asset.description() != null) {
            add(new Paragraph(asset.description()));
        }
        Div pictures = new Div();
        pictures.addClassName("shared-images");
        asset.images().stream().filter(image -> image.type() != ImageType.COMPOSITE).limit(MAX_IMAGES)
                .forEach(image -> picture(image, asset.name()).ifPresent(pictures::add));
        if (pictures.getComponentCount() > 0) {
            add(pictures);
        }
        Div fields = new Div();
        fields.addClassName("shared-fields");
        for (FieldDefinition field : asset.fields()) {
            text(field, asset.values()).ifPresent(value -> fields.add(AssetProfile.fact(field.label(), value)));
        }
        if (fields.getComponentCount() > 0) {
            add(new H3("Details"), fields);
        }
        if (!asset.tags().isEmpty()) {
            add(new Paragraph(String.join(" ", asset.tags().stream().map(tag -> "#" + tag).toList())));
        }
    }

    private Optional<Component> picture(AssetImageView image, String name) {
        try {
            Optional<MediaContent> preview = SystemAuthentication.runAsSystem(() -> {
                try {
                    return media.open(image.mediaKey(), MediaVariant.PREVIEW);
                } catch (IOException e) {
                    return Optional.<MediaContent>empty();
                }
            });
            if (preview.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = preview.get().bytes()) {
                String data = "data:" + preview.get().mimeType() + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
                Image picture = new Image(data, image.caption() != null ? image.caption() : name);
                picture.addClassName("shared-image");
                return Optional.of(picture);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Plain values only: references to other assets and image fields would expose what is not shared. */
    private static Optional<String> text(FieldDefinition field, Map<String, Object> values) {
        if (field.type() == FieldType.ASSET_REFERENCE || field.type() == FieldType.IMAGE || "description".equals(field.key())) {
            return Optional.empty();
        }
        Object value = values.get(field.key());
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", list.stream().map(Object::toString).toList()));
        }
        if (value instanceof Boolean yes) {
            return Optional.of(yes ? "Yes" : "No");
        }
        return Optional.of(value.toString());
    }
}
