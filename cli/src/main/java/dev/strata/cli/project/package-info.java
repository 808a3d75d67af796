/**
 * Atlas's project file ({@code atlas.hcl}): {@link dev.strata.cli.project.ProjectFile} loads it
 * into the records {@link dev.strata.cli.project.ProjectConfig}, {@link
 * dev.strata.cli.project.EnvConfig} and {@link dev.strata.cli.project.MigrationConfig}; {@link
 * dev.strata.cli.project.InputVariables} reads {@code --var}; {@link
 * dev.strata.cli.project.FlagDefaults} applies the "flags win, env fills the rest" rule.
 *
 * <p>HCL is parsed and evaluated by hcl4j; the package-private classes teach it Atlas's context
 * ({@code atlas.env}, {@code each}, enum words, Atlas's functions) through hcl4j's own extension
 * points and undo its block-merging. Depends on the JDK, hcl4j, picocli (for {@code ParseResult})
 * and {@code dev.strata.error}; nothing else in the CLI depends on hcl4j.
 */
package dev.strata.cli.project;
