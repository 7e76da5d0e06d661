package studio.thresho.generation;

/** A generation of the provider left the statuses that hold a concurrency slot: one waiting may go. */
record SlotFreed(String providerId) {
}
