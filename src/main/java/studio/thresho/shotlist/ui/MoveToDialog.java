package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.IntConsumer;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;

/** "Move to #": the position a shot moves to, for those who do not drag. */
class MoveToDialog extends FormDialog {

    final IntegerField position = new IntegerField("Position");

    private final int size;
    private final IntConsumer onMove;

    MoveToDialog(String label, int current, int size, IntConsumer onMove) {
        super("Move shot " + label + " to…", "Move");
        this.size = size;
        this.onMove = onMove;
        position.setMin(1);
        position.setMax(size);
        position.setValue(current);
        position.setStepButtonsVisible(true);
        position.setHelperText("1 to " + size);
        addForm(position);
    }

    @Override
    protected void submit() {
        Integer wanted = position.getValue();
        if (wanted == null || wanted < 1 || wanted > size) {
            throw new UserFacingException("Give a position from 1 to " + size + ".");
        }
        onMove.accept(wanted);
    }
}
