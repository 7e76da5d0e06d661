package studio.thresho.exchange;

import studio.thresho.media.MediaLimits;

/** What a bulk import (ZIP or folder) accepts; the README lists the same numbers. */
public final class ZipLimits {

    /** Largest ZIP (or folder, all files together) accepted as an upload: 4 GiB. */
    public static final long MAX_UPLOAD_BYTES = 4L * 1024 * 1024 * 1024;
    /** Most entries (files and folders) in one ZIP: 1,000 assets with a few images each. */
    public static final int MAX_ENTRIES = 20_000;
    /** Most bytes all entries unpack to together (zip bomb guard): 8 GiB. */
    public static final long MAX_TOTAL_UNPACKED_BYTES = 8L * 1024 * 1024 * 1024;
    /** Largest single image: the ingest's limit. */
    public static final long MAX_IMAGE_BYTES = MediaLimits.MAX_FILE_BYTES;
    /** Largest {@code asset.json} or {@code categories.json}: an export's lists every version with its fields and images. */
    public static final int MAX_JSON_BYTES = 4 * 1024 * 1024;
    /** Highest ratio of unpacked to packed size for an entry (zip bomb guard); images barely compress at all. */
    public static final int MAX_COMPRESSION_RATIO = 100;
    /** Entries smaller than this are not held to the ratio: a small text file of spaces compresses well and harms nobody. */
    public static final long RATIO_CHECKED_FROM_BYTES = 1024 * 1024;
    /** Longest path of an entry. */
    public static final int MAX_PATH_LENGTH = 1024;

    private ZipLimits() {
    }
}
