package studio.thresho.media;

import java.util.Collection;
import java.util.Set;

/**
 * What a module declares about the stored files it uses (asset images, generation results and the
 * references sent with them, selected frames, later wizard and LoRA files): the media sweep
 * removes only files that no declared reference names. A module that stores media keys anywhere
 * must register one, or its files are removed a day after they were stored.
 */
public interface MediaReferences {

    /** Which module this is, for the log. */
    String owner();

    /** The keys among {@code keys} that this module references (in committed data). */
    Set<String> referenced(Collection<String> keys);
}
