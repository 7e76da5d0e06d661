package studio.thresho.generation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.testsupport.FacePhotos;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

/** Consistency badges, the flagged-for-review filter and the user's rating on the Generate page. */
class ResultReviewPanelTest extends KaribuTest {

    @Autowired
    Workspace workspace;
    @Autowired
    FacePhotos photos;
    @Autowired
    ResultScoreService scores;

    private UUID consistent;
    private UUID different;
    private String astronaut;

    @BeforeEach
    void eileenGeneratedTwice() {
        workspace.editorInNewProject("Badges");
        AssetDetail eileen = photos.talent("Eileen", "astronaut");
        astronaut = photos.photo("astronaut");
        consistent = photos.generated(List.of(eileen), astronaut);
        different = photos.generated(List.of(eileen), photos.photo("camera"));
        photos.scored(consistent, 1);
        photos.scored(different, 1);
    }

    private GenerateView open() {
        UI.getCurrent().navigate(GenerateView.class);
        return _get(GenerateView.class);
    }

    private static List<String> badges() {
        return _find(ResultReviewPanel.class).stream().map(panel -> panel.badge.getText()).toList();
    }

    @Test
    void eachResultShowsItsSimilarityAndVerdictWithTheTalentsScoresOnHover() {
        open();

        assertThat(badges()).hasSize(2);
        assertThat(badges()).anySatisfy(text -> assertThat(text).matches("(8\\d|9\\d|100) · Consistent"));
        assertThat(badges()).anySatisfy(text -> assertThat(text).matches("[0-3]?\\d · Different person"));
        ResultReviewPanel first = _find(ResultReviewPanel.class).getFirst();
        assertThat(first.badge.getElement().getAttribute("title")).contains("Eileen: ", "face distance", "different person above 0.60");
    }

    @Test
    void theFlaggedFilterShowsOnlyResultsWorthALook() {
        GenerateView view = open();

        view.results.flaggedOnly.setValue(true);

        assertThat(view.results.shown()).extracting(generation -> generation.id()).containsExactly(different);
        assertThat(badges()).singleElement().satisfies(text -> assertThat(text).endsWith("Different person"));
    }

    @Test
    void aRatingIsGivenBesideTheMeasuredScoreAndKept() {
        open();
        ResultReviewPanel panel = _find(ResultReviewPanel.class).stream()
                .filter(candidate -> candidate.badge.getText().endsWith("Consistent")).findFirst()
                .orElseThrow(() -> new AssertionError("no consistent result among " + badges() + " " + scores.reviews(List.of(consistent, different))));

        panel.rating.setValue(4);

        assertThat(scores.reviews(List.of(consistent)).get(consistent).get(astronaut).rating()).isEqualTo(4);
        open();
        assertThat(_find(ResultReviewPanel.class).stream().map(candidate -> candidate.rating.getValue())).contains(4);
    }

    @Test
    void thePageSaysWhatTheScoreMeasuresAndWhatItCannotProve() {
        open();

        Details note = _get(Details.class, spec -> spec.withClasses("consistency-note"));
        assertThat(note.getSummaryText()).isEqualTo(ConsistencyNote.SUMMARY);
        assertThat(note.getElement().getTextRecursively()).contains("trained on photographs", "Stylised images",
                "calibrate them", "never proof of anyone's identity");
    }

    @Test
    void aGenerationsRecordShowsEachResultsBadge() {
        UI.getCurrent().navigate("generations/" + consistent);

        assertThat(_get(GenerationRecordView.class).getElement().getTextRecursively()).contains("Consistent");
        assertThat(_find(ConsistencyBadge.class)).singleElement().satisfies(badge -> assertThat(badge.getText()).matches("(8\\d|9\\d|100) · Consistent"));
    }
}
