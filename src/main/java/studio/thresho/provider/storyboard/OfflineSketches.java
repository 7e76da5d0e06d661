package studio.thresho.provider.storyboard;

import java.util.List;
import org.springframework.stereotype.Component;
import studio.thresho.provider.StoryboardSketches;

/** The offline storyboard renderer drawing a sketch directly, without references. */
@Component
class OfflineSketches implements StoryboardSketches {

    private final StoryboardRenderer renderer = new StoryboardRenderer();

    @Override
    public byte[] sketch(String title, String text, long seed) {
        return renderer.render(title, text, List.of(), seed);
    }
}
