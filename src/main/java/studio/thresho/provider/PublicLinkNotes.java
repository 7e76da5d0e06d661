package studio.thresho.provider;

/** What a provider that fetches its reference images by public link (Midjourney) says when the studio has no public address. */
public final class PublicLinkNotes {

    private PublicLinkNotes() {
    }

    /** The note for a reference image that could not be linked. */
    public static String leftOut(String imageName) {
        return imageName + "'s image was left out: set PUBLIC_BASE_URL so Midjourney can fetch it.";
    }
}
