package studio.thresho.lora.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.lora.GuidanceRules;
import studio.thresho.lora.TrainingWorkflows;

/** "Training workflows": how each export format becomes a LoRA, written for a creative director. */
@Route(LoraWorkflowsView.ROUTE)
@PageTitle("Training workflows · Thresho Studio")
@PermitAll
class LoraWorkflowsView extends Div {

    static final String ROUTE = "lora/workflows";

    LoraWorkflowsView() {
        addClassName("page");
        addClassName("lora-workflows");
        add(new ViewHeader("Training workflows", "From a talent's LoRA export to a trained LoRA, per format"));
        add(new Paragraph("A LoRA teaches an image model one face. It needs " + GuidanceRules.MINIMUM + "-" + GuidanceRules.RECOMMENDED
                + " good images of the talent (headshot, character-sheet views, references) in varied poses, clothes and backgrounds: "
                + "what stays the same in every picture is what the trigger word learns. Export from the talent's page "
                + "(Export for LoRA training) or for several talents from the Library (LoRA export), review the captions, download."));
        for (TrainingWorkflows.Workflow workflow : TrainingWorkflows.all()) {
            Div section = new Div();
            section.addClassName("lora-workflow");
            section.getElement().setAttribute("data-format", workflow.format().dbValue());
            OrderedList steps = new OrderedList();
            workflow.steps().forEach(step -> steps.add(new ListItem(step)));
            section.add(new H2(workflow.format().label()), new Paragraph(workflow.forWhom()), steps);
            add(section);
        }
    }
}
