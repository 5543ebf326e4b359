package dev.aegisplanner.model.export;

/** Something a diagram or a cluster contains: a node or a nested cluster. */
public sealed interface DiagramPart permits DiagramNode, DiagramCluster {

    /** A safe id: a letter, then letters, digits and underscores (see {@link DiagramIds}). */
    String id();
}
