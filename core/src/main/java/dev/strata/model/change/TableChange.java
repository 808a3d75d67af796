package dev.strata.model.change;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import java.util.Set;

/** One change inside a table (atlas-compat.md §7.2): columns, keys, indexes, checks, attributes. */
public sealed interface TableChange {
  /** What about a column changed. */
  enum ColumnChange {
    NULL,
    TYPE,
    DEFAULT,
    GENERATED,
    IDENTITY,
    COMMENT,
    CHARSET,
    COLLATE,
    ATTR
  }

  record AddColumn(Column column) implements TableChange {}

  record DropColumn(Column column) implements TableChange {}

  record ModifyColumn(Column from, Column to, Set<ColumnChange> kinds) implements TableChange {
    public ModifyColumn {
      kinds = Set.copyOf(kinds);
    }
  }

  record AddIndex(Index index) implements TableChange {}

  record DropIndex(Index index) implements TableChange {}

  /** The index's uniqueness, parts, method or predicate changed: drop and create. */
  record ModifyIndex(Index from, Index to) implements TableChange {}

  record AddPrimaryKey(PrimaryKey key) implements TableChange {}

  record DropPrimaryKey(PrimaryKey key) implements TableChange {}

  record ModifyPrimaryKey(PrimaryKey from, PrimaryKey to) implements TableChange {}

  record AddForeignKey(ForeignKey key) implements TableChange {}

  record DropForeignKey(ForeignKey key) implements TableChange {}

  record ModifyForeignKey(ForeignKey from, ForeignKey to) implements TableChange {}

  record AddCheck(Check check) implements TableChange {}

  record DropCheck(Check check) implements TableChange {}

  record ModifyCheck(Check from, Check to) implements TableChange {}

  /** A table attribute ({@code comment}, {@code engine}, {@code charset}, ...) changed. */
  record ModifyAttr(String key, String from, String to) implements TableChange {}
}
