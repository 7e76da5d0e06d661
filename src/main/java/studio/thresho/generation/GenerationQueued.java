package studio.thresho.generation;

import java.util.UUID;

/** A generation record was committed and waits for its job. */
record GenerationQueued(UUID recordId) {
}
