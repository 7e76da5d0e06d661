/** UI pieces of the media pipeline: the image upload used by the asset forms. */
@org.springframework.modulith.NamedInterface("ui")
package studio.thresho.media.ui;
