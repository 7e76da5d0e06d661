package studio.thresho.media.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.AllFinishedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;
import studio.thresho.media.TestImages;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class MediaUploadTest extends KaribuTest {

    @Autowired
    MediaService media;

    @Test
    void eachFileIsReportedStoredOrRefusedWithTheReason() {
        logins.loginAs(TestLogins.EDITOR);
        List<StoredMedia> stored = new ArrayList<>();
        MediaUpload upload = new MediaUpload(media, stored::add);
        UI.getCurrent().add(upload);

        upload.receive("marcus.png", TestImages.png(120, 90, 77));
        upload.receive("notes.png", TestImages.text("<html>not an image</html>"));

        assertThat(stored).singleElement().extracting(StoredMedia::mimeType).isEqualTo("image/png");
        String report = upload.results().getElement().getTextRecursively();
        assertThat(report).contains("marcus.png added").contains("notes.png: This file is not an image");
    }

    @Test
    void aSelectionIsHandedOverOnceAllItsFilesHaveFinished() {
        logins.loginAs(TestLogins.EDITOR);
        List<List<MediaUpload.Received>> selections = new ArrayList<>();
        MediaUpload upload = MediaUpload.perSelection(media, selections::add);
        UI.getCurrent().add(upload);

        upload.receive("marcus-left.png", TestImages.png(40, 50, 91));
        upload.receive("notes.png", TestImages.text("<html>not an image</html>"));
        upload.receive("marcus-face.png", TestImages.png(40, 50, 92));
        assertThat(selections).isEmpty();

        ComponentUtil.fireEvent(_get(upload, Upload.class), new AllFinishedEvent(_get(upload, Upload.class)));

        assertThat(selections).singleElement().satisfies(files -> assertThat(files).extracting(MediaUpload.Received::fileName)
                .containsExactly("marcus-left.png", "marcus-face.png"));
        upload.selectionFinished();
        assertThat(selections).hasSize(1);
    }
}
