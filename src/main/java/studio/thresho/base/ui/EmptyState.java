package studio.thresho.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A friendly, centred "nothing here yet" panel with an icon, a title, a hint and optional actions. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String hint, Component... actions) {
        addClassName("empty-state");
        Icon symbol = icon.create();
        symbol.addClassName("empty-state-icon");
        Div actionBar = new Div(actions);
        actionBar.addClassName("empty-state-actions");
        add(symbol, new H2(title), new Paragraph(hint), actionBar);
    }
}
