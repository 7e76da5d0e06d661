package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import java.util.UUID;
import java.util.function.BiConsumer;
import studio.thresho.shotlist.ShotRow;

/** Reordering shots by dragging a row above or below another; the buttons (↑/↓, Move to #) do the same without a mouse. */
final class ShotDragging {

    private ShotRow dragged;

    private ShotDragging() {
    }

    /** @param moveTo moves the shot to a 1-based position */
    static void enable(Grid<ShotRow> grid, BiConsumer<UUID, Integer> moveTo) {
        ShotDragging drag = new ShotDragging();
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(start -> drag.dragged = start.getDraggedItems().getFirst());
        grid.addDragEndListener(end -> drag.dragged = null);
        grid.addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> {
            Integer position = drag.positionFor(target, drop.getDropLocation());
            if (position != null) {
                moveTo.accept(drag.dragged.id(), position);
            }
        }));
    }

    /** Where the dragged row lands when dropped above or below {@code target}; null when it is dropped on itself. */
    Integer positionFor(ShotRow target, GridDropLocation location) {
        if (dragged == null || dragged.id().equals(target.id())) {
            return null;
        }
        return target.position() + (location == GridDropLocation.BELOW ? 1 : 0) - (dragged.position() < target.position() ? 1 : 0);
    }
}
