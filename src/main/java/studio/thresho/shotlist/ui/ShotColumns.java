package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.ShotRow;

/** The columns of a shot list's grid: label, title, description, framing, camera, duration, ratio, status, cast, notes. */
final class ShotColumns {

    private ShotColumns() {
    }

    /** Moves the column right after the one with {@code key}, so it stays in sight when the grid scrolls sideways. */
    static <T> void placeAfter(Grid<T> grid, Grid.Column<T> column, String key) {
        List<Grid.Column<T>> order = new ArrayList<>(grid.getColumns());
        order.remove(column);
        order.add(order.indexOf(grid.getColumnByKey(key)) + 1, column);
        grid.setColumnOrder(order);
    }

    static void addTo(Grid<ShotRow> grid, boolean editable, Consumer<CastChip> onOpenChip, Consumer<CastChip> onUpdatePin) {
        grid.addColumn(ShotRow::label).setHeader("#").setKey("label").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> text(row.title())).setHeader("Title").setKey("title").setFlexGrow(2);
        grid.addColumn(row -> text(row.description())).setHeader("Description").setKey("description").setFlexGrow(3);
        grid.addColumn(row -> text(row.framing())).setHeader("Framing").setKey("framing").setAutoWidth(true);
        grid.addColumn(row -> join(row.cameraAngle(), row.cameraMovement())).setHeader("Angle · movement").setKey("camera")
                .setAutoWidth(true);
        grid.addColumn(row -> seconds(row.durationSeconds())).setHeader("Duration").setKey("duration").setAutoWidth(true);
        grid.addColumn(row -> text(row.aspectRatio())).setHeader("Ratio").setKey("ratio").setAutoWidth(true);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addComponentColumn(row -> new CastChips(row, editable, onOpenChip, onUpdatePin)).setHeader("Cast").setKey("cast")
                .setWidth("15em").setFlexGrow(4);
        grid.addColumn(row -> text(row.notes())).setHeader("Notes").setKey("notes").setFlexGrow(2);
        grid.setColumnReorderingAllowed(true);
        grid.addClassName("shot-grid");
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static String join(String angle, String movement) {
        return angle == null ? text(movement) : movement == null ? angle : angle + " · " + movement;
    }

    private static String seconds(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + " s";
    }
}
