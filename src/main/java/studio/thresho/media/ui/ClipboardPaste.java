package studio.thresho.media.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import studio.thresho.media.UrlImporter;

/**
 * Ctrl/Cmd+V into a component: a pasted image file (a copied screenshot or image) is posted to an
 * upload handler registered on the component's element, the way Vaadin 25 documents element
 * uploads; pasted text that is a web address becomes a URL import. The browser listener is a few
 * lines of {@code executeJs} (no frontend build here), added on attach and removed on detach. The
 * component is made focusable, since paste goes to the focused element.
 */
public final class ClipboardPaste {

    static final String TARGET_ATTRIBUTE = "paste-target";
    static final String URL_EVENT = "thresho-paste-url";
    /** Sent once a pasted file's request is over: the round trip it makes brings the page what the upload changed (no push here). */
    static final String DONE_EVENT = "thresho-paste-done";

    private static final String ADD_LISTENER = """
            const el = this;
            if (el.__threshoPaste) { el.removeEventListener('paste', el.__threshoPaste); }
            el.__threshoPaste = e => {
              const data = e.clipboardData;
              if (!data) { return; }
              const file = data.files && data.files[0];
              if (file && file.type.startsWith('image/')) {
                e.preventDefault();
                const name = file.name && file.name !== 'image.png' ? file.name : 'pasted-image.' + (file.type.split('/')[1] || 'png');
                fetch(el.getAttribute($0), {method: 'POST', body: file, credentials: 'same-origin',
                    headers: {'X-Filename': encodeURIComponent(name), 'Content-Type': file.type}})
                  .finally(() => el.dispatchEvent(new CustomEvent($2)));
                return;
              }
              const field = e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA');
              const text = (data.getData('text/plain') || '').trim();
              if (!field && /^https?:\\/\\/\\S+$/i.test(text)) {
                e.preventDefault();
                el.dispatchEvent(new CustomEvent($1, {detail: text}));
              }
            };
            el.addEventListener('paste', el.__threshoPaste);
            """;
    private static final String REMOVE_LISTENER = """
            if (this.__threshoPaste) { this.removeEventListener('paste', this.__threshoPaste); delete this.__threshoPaste; }
            """;

    private ClipboardPaste() {
    }

    /**
     * Makes the component take pasted images and addresses.
     *
     * @param files receives a pasted image file as an upload (its request runs outside the UI lock)
     * @param onUrl receives pasted text that looks like a web address, under the UI lock
     */
    public static DomListenerRegistration install(Component target, UploadHandler files, Consumer<String> onUrl) {
        target.getElement().setAttribute(TARGET_ATTRIBUTE, files);
        if (!target.getElement().hasAttribute("tabindex")) {
            target.getElement().setAttribute("tabindex", "0");
        }
        target.addAttachListener(attach -> target.getElement().executeJs(ADD_LISTENER, TARGET_ATTRIBUTE, URL_EVENT, DONE_EVENT));
        target.addDetachListener(detach -> target.getElement().executeJs(REMOVE_LISTENER));
        if (target.isAttached()) {
            target.getElement().executeJs(ADD_LISTENER, TARGET_ATTRIBUTE, URL_EVENT, DONE_EVENT);
        }
        target.getElement().addEventListener(DONE_EVENT, done -> {
            // nothing to do: the round trip itself delivers the result lines and images the upload queued
        });
        DomListenerRegistration urls = target.getElement().addEventListener(URL_EVENT, event -> {
            String text = event.getEventData().path("event.detail").asString("");
            if (UrlImporter.looksLikeUrl(text)) {
                onUrl.accept(text.trim());
            }
        });
        urls.addEventData("event.detail");
        return urls;
    }
}
