package dev.aegisplanner.model.capacity;

/**
 * The demand that entered through one data center (PRODUCT.md section 7, "Where demand lands"), of every zone,
 * origin and family, after failover: what a map sizes a location's bubble by.
 */
public record LandedDemand(String location, String dataCenter, double connections) {
}
