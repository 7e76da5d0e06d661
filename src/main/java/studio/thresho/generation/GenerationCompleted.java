package studio.thresho.generation;

import java.util.UUID;

/**
 * A generation succeeded and its results are stored. Published when the record is saved; listen
 * after commit ({@code @TransactionalEventListener}) to read the results.
 */
public record GenerationCompleted(UUID generationId) {
}
