package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.ZoneCoverage;

/**
 * One way of printing {@code aegis coverage}: text, CSV or JSON. It is fed one zone and family at a time, so
 * a topology of 100,000 servers and many zones never has to sit in memory whole. Each writes its opening
 * (the text's title line, the CSV header, the start of the JSON object) as soon as it is created.
 */
interface CoverageOutput {

    /**
     * The coverage of one zone for one family, in the order the command computes them.
     *
     * @param diff what the elements taken down changed for this zone and family; {@code null} without
     *     {@code --down}
     */
    void zone(ZoneCoverage coverage, CoverageDiff diff);

    /** After the last zone: whatever sums up the whole run. */
    void finish();
}
