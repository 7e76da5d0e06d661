package studio.thresho.asset.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.ui.FormDialog;

/** Moves a category under another one or to the top level; the service refuses what would break assets. */
class MoveCategoryDialog extends FormDialog {

    /** The choice "top level" is an empty Optional. */
    final Select<Optional<CategoryNode>> target = new Select<>();

    private final CategoryService categories;
    private final CategoryNode moving;
    private final Consumer<CategoryNode> onMoved;

    MoveCategoryDialog(CategoryService categories, CategoryNode moving, List<CategoryNode> tree, Consumer<CategoryNode> onMoved) {
        super("Move " + moving.name(), "Move");
        this.categories = categories;
        this.moving = moving;
        this.onMoved = onMoved;
        target.setLabel("New place");
        List<Optional<CategoryNode>> choices = new java.util.ArrayList<>();
        choices.add(Optional.empty());
        tree.stream().filter(node -> !node.id().equals(moving.id())).map(Optional::of).forEach(choices::add);
        target.setItems(choices);
        target.setItemLabelGenerator(choice -> choice.map(node -> "\u2003".repeat(node.depth()) + node.name()).orElse("Top level"));
        target.setWidthFull();
        Paragraph note = new Paragraph("A category that holds assets can only move within its own kind ("
                + moving.kind().name().toLowerCase() + ").");
        note.addClassName("dialog-note");
        addForm(target, note);
    }

    @Override
    protected void submit() {
        Optional<CategoryNode> choice = target.getValue();
        if (choice == null) {
            throw new studio.thresho.base.UserFacingException("Choose where to move " + moving.name() + ".");
        }
        onMoved.accept(categories.move(moving.id(), choice.map(CategoryNode::id).orElse(null)));
    }
}
