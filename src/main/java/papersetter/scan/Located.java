package papersetter.scan;

/**
 * A page found on a scan: the map from the sheet to the scan's pixels, what its QR code says, and
 * the page's own paper white and ink black, against which every mark on it is judged.
 *
 * @param upsideDown whether the page was scanned turned half round (the map already allows for it)
 */
record Located(Homography toScan, String code, int white, int black, boolean upsideDown) {
}
