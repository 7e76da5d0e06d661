package studio.thresho.provider;

/**
 * Storyboard sketches drawn on the spot by the offline storyboard renderer, for a shot that has no
 * frame yet: no generation record, no job, nothing stored. The same text and seed give the same picture.
 */
public interface StoryboardSketches {

    /** A PNG sketch of a frame. */
    byte[] sketch(String title, String text, long seed);
}
