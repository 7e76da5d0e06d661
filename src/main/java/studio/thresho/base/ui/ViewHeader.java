package studio.thresho.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

/** The title row of a page: a heading, an optional subtitle and actions on the right. */
public class ViewHeader extends Div {

    private final Div actions = new Div();

    public ViewHeader(String title, String subtitle) {
        addClassName("view-header");
        Div text = new Div(new H1(title));
        text.addClassName("view-header-text");
        if (subtitle != null && !subtitle.isBlank()) {
            Span sub = new Span(subtitle);
            sub.addClassName("view-header-subtitle");
            text.add(sub);
        }
        actions.addClassName("view-header-actions");
        add(text, actions);
    }

    public ViewHeader addActions(Component... components) {
        actions.add(components);
        return this;
    }
}
