package dev.strata.model;

/**
 * A trigger.
 *
 * @param name the trigger name
 * @param definition the complete {@code CREATE TRIGGER} statement as the database reproduces it
 */
public record Trigger(String name, String definition) {}
