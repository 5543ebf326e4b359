package dev.aegisplanner.model.validation;

/** Errors block the engine; warnings are worth a look but do not. */
public enum Severity {
    ERROR,
    WARNING
}
