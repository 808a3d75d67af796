package dev.strata.model.change;

import dev.strata.model.change.SchemaChange.AddEnum;
import dev.strata.model.change.SchemaChange.AddFunction;
import dev.strata.model.change.SchemaChange.AddSchema;
import dev.strata.model.change.SchemaChange.AddSequence;
import dev.strata.model.change.SchemaChange.AddTable;
import dev.strata.model.change.SchemaChange.AddTrigger;
import dev.strata.model.change.SchemaChange.AddView;
import dev.strata.model.change.SchemaChange.DialectChange;
import dev.strata.model.change.SchemaChange.DropEnum;
import dev.strata.model.change.SchemaChange.DropFunction;
import dev.strata.model.change.SchemaChange.DropSchema;
import dev.strata.model.change.SchemaChange.DropSequence;
import dev.strata.model.change.SchemaChange.DropTable;
import dev.strata.model.change.SchemaChange.DropTrigger;
import dev.strata.model.change.SchemaChange.DropView;
import dev.strata.model.change.SchemaChange.ModifyEnum;
import dev.strata.model.change.SchemaChange.ModifyFunction;
import dev.strata.model.change.SchemaChange.ModifySchema;
import dev.strata.model.change.SchemaChange.ModifySequence;
import dev.strata.model.change.SchemaChange.ModifyTable;
import dev.strata.model.change.SchemaChange.ModifyTrigger;
import dev.strata.model.change.SchemaChange.ModifyView;

/** Dispatches on the kind of a {@link SchemaChange}; one method per kind, no defaults. */
public interface ChangeVisitor<R> {
  R visit(AddSchema c);

  R visit(DropSchema c);

  R visit(ModifySchema c);

  R visit(AddTable c);

  R visit(DropTable c);

  R visit(ModifyTable c);

  R visit(AddView c);

  R visit(DropView c);

  R visit(ModifyView c);

  R visit(AddSequence c);

  R visit(DropSequence c);

  R visit(ModifySequence c);

  R visit(AddEnum c);

  R visit(DropEnum c);

  R visit(ModifyEnum c);

  R visit(AddFunction c);

  R visit(DropFunction c);

  R visit(ModifyFunction c);

  R visit(AddTrigger c);

  R visit(DropTrigger c);

  R visit(ModifyTrigger c);

  R visitDialect(DialectChange c);
}
