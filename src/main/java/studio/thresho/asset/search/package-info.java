/**
 * Full-text search over asset lineages behind {@link studio.thresho.asset.search.SearchIndex}: the
 * local default is Apache Lucene in a directory of its own; OpenSearch or Elasticsearch can take
 * its place later without touching callers.
 */
@org.springframework.modulith.NamedInterface("search")
package studio.thresho.asset.search;
