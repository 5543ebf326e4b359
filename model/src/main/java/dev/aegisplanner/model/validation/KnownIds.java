package dev.aegisplanner.model.validation;

/** The ids of one kind of element that references are checked against: an {@link IdRegistry}, or the topology's index. */
interface KnownIds {

    boolean contains(String id);
}
