/**
 * Demand and capacity (PRODUCT.md section 7): how loaded every egress address is for a demand, what single
 * failures do to it, and how the plan compares with observed utilization. No toolkit: the editor and the command
 * line are clients.
 *
 * <ul>
 *   <li>{@link dev.aegisplanner.model.capacity.CapacityAnalysis#of(dev.aegisplanner.model.topology.Topology)}
 *       analyses a topology's own demand; {@code of(topology, demand)} another demand; {@code of(topology, demand,
 *       previous)} after an edit, keeping the previous routes when the edit changed nothing routing depends on
 *       (demand, shares, names, layout), so a view recolours at once.</li>
 *   <li>{@link dev.aegisplanner.model.capacity.CapacityReport}: rows, unserved, forwarded, unlimited and moved
 *       demand; immutable.</li>
 *   <li>{@code reportWithDown(element)}: "what if this fails?" for one location or data center.</li>
 *   <li>{@link dev.aegisplanner.model.capacity.FailureDrills#run(DrillProgress, int)}: N-1 in parallel, with
 *       progress and cancellation through a plain {@link dev.aegisplanner.model.capacity.DrillProgress}; the
 *       result is a {@link dev.aegisplanner.model.capacity.DrillReport}.</li>
 *   <li>{@link dev.aegisplanner.model.capacity.ObservedUtilization} reads a GraphQL Analytics response;
 *       {@link dev.aegisplanner.model.capacity.ObservedComparison} sets it beside a report.</li>
 *   <li>{@link dev.aegisplanner.model.capacity.demand.DemandFile} reads demand from CSV or JSON with line and
 *       column for every problem.</li>
 * </ul>
 */
package dev.aegisplanner.model.capacity;
