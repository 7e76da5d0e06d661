/**
 * Asset categories (FR-1): the 7 system categories, custom categories in a hierarchy of any
 * depth, and the attribute schemas that say which fields an asset of a category has. A category's
 * kind is its root's: a sub-category of Talent holds talent.
 */
@org.springframework.modulith.NamedInterface("category")
package studio.thresho.asset.category;
