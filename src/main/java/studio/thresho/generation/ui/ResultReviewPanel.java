package studio.thresho.generation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.stream.IntStream;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;

/**
 * Under a result: the measured consistency (similarity 0-100 and verdict, per talent on hover) and
 * the user's own 1-5 rating beside it.
 */
class ResultReviewPanel extends Div {

    Span badge = new Span();
    final Select<Integer> rating = new Select<>();

    ResultReviewPanel(ResultScoreService scores, GenerationView generation, GeneratedImage image, ResultReview review) {
        addClassName("result-review");
        boolean talentCast = generation.assets().stream().anyMatch(asset -> "talent".equals(asset.role()));
        if (review != null && review.scored()) {
            badge = new ConsistencyBadge(review);
            add(badge);
        } else if (talentCast) {
            badge.setText("Scoring…");
            badge.getElement().getThemeList().add("badge contrast");
            badge.setTitle("The face model compares this result with the talent's headshot in the background.");
            add(badge);
        }
        rating.setAriaLabel("Your consistency rating");
        rating.setPlaceholder("Rate 1-5");
        rating.setItems(IntStream.rangeClosed(ResultScoreService.MIN_RATING, ResultScoreService.MAX_RATING).boxed().toList());
        rating.setItemLabelGenerator(stars -> "★".repeat(stars) + " " + stars);
        rating.addClassName("result-rating");
        if (review != null && review.rating() != null) {
            rating.setValue(review.rating());
        }
        rating.addValueChangeListener(change -> {
            if (change.getValue() == null || change.getValue().equals(change.getOldValue())) {
                return;
            }
            try {
                scores.rate(generation.id(), image.mediaKey(), change.getValue());
                Notifications.success("Rated " + change.getValue() + " of 5.");
            } catch (UserFacingException refused) {
                Notifications.error(refused.getMessage());
                rating.setValue(change.getOldValue());
            }
        });
        add(rating);
    }
}
