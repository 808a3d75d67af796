package dev.strata.model;

/**
 * A function or procedure.
 *
 * @param name the name
 * @param arguments the argument list as the catalog prints it ({@code a integer, b text}); part of
 *     the identity in PostgreSQL, where functions overload
 * @param definition the complete {@code CREATE ...} statement as the database reproduces it
 */
public record Function(String name, String arguments, String definition) {}
