/**
 * Shared building blocks every feature may use: the entity base class, the exception type whose
 * message is meant for users, and (in {@code ui}) shared UI pieces.
 */
package studio.thresho.base;
