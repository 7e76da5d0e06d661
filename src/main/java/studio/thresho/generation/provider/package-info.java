/** The provider interface generation jobs drive, its value types, and the registry of providers. */
package studio.thresho.generation.provider;
