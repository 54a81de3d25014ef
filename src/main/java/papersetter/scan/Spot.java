package papersetter.scan;

/**
 * One place a sheet asks for a mark: a bubble (centre and radius) or a marker box (centre and half
 * its side), in points from the page's top-left.
 */
record Spot(float x, float y, float radius, boolean square) {
}
