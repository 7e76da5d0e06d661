package studio.thresho.asset;

import java.util.List;

/**
 * The providers a prompt fragment can be written for, as the asset form offers them. Implemented
 * by the module that knows the providers, so that this one does not depend on it.
 */
public interface PromptTargets {

    /** A provider by its stable id and the name users know it by. */
    record Target(String id, String name) {
    }

    List<Target> all();
}
