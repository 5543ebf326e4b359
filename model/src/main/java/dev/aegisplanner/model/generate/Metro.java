package dev.aegisplanner.model.generate;

/** A real metropolitan area a synthetic location is placed around: airport-style code, name, region, centre. */
record Metro(String code, String name, String region, double lat, double lon) {
}
