package studio.thresho.asset.ui;

import com.vaadin.flow.component.icon.Icon;
import java.util.List;

/** The icons a category can have: a short, curated list of Vaadin icons that read well at 16 px. */
final class IconChoices {

    static final List<String> ICONS = List.of("vaadin:user", "vaadin:users", "vaadin:star", "vaadin:home", "vaadin:building",
            "vaadin:tree-table", "vaadin:cube", "vaadin:cubes", "vaadin:shop", "vaadin:scissors", "vaadin:lightbulb",
            "vaadin:sun-o", "vaadin:moon-o", "vaadin:camera", "vaadin:movie", "vaadin:film", "vaadin:palette", "vaadin:paintbrush",
            "vaadin:car", "vaadin:coffee", "vaadin:cutlery", "vaadin:music", "vaadin:diamond", "vaadin:gift", "vaadin:tag",
            "vaadin:tags", "vaadin:folder", "vaadin:globe", "vaadin:flag", "vaadin:heart");

    private IconChoices() {
    }

    static Icon icon(String name) {
        String value = name == null || !name.contains(":") ? "vaadin:folder" : name;
        String[] parts = value.split(":", 2);
        return new Icon(parts[0], parts[1]);
    }

    static String label(String name) {
        return name == null ? "" : name.substring(name.indexOf(':') + 1).replace('-', ' ');
    }
}
