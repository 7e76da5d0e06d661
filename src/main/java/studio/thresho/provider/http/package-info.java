/** Calling provider APIs: Feign clients with timeouts, retries that never repeat a possibly billed submit, and a log of every attempt. */
package studio.thresho.provider.http;
