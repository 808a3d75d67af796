package dev.strata.driver.postgres.schema;

import static dev.strata.driver.postgres.schema.Identifiers.literal;

import dev.strata.model.EnumType;
import dev.strata.plan.PlannedStatement;
import java.util.List;

/**
 * Recreates an enum type whose labels were removed or reordered, which ALTER TYPE cannot do: the
 * old type is renamed aside, the new one created, every table column of the old type converted
 * through text (its default dropped first and put back when it still casts), and the old type
 * dropped. The columns are found at run time by a DO block, because the change names only the type.
 * Rows holding a removed label make the conversion fail, as they must. Array columns of the type
 * are not converted.
 */
final class EnumRecreation {
  private EnumRecreation() {}

  static List<PlannedStatement> write(String schema, EnumType from, EnumType to, Names names) {
    String aside = to.name() + "_strata_old";
    String oldName = names.of(schema, aside);
    String newName = names.of(schema, to.name());
    String comment = "Recreate enum type \"" + to.name() + "\"";
    String convert =
        "DO $strata$\n"
            + "DECLARE\n"
            + "  r record;\n"
            + "  old_type regtype := "
            + literal(oldName)
            + "::regtype;\n"
            + "  new_type regtype := "
            + literal(newName)
            + "::regtype;\n"
            + "BEGIN\n"
            + "  FOR r IN\n"
            + "    SELECT n.nspname, c.relname, a.attname, pg_catalog.pg_get_expr(d.adbin,"
            + " d.adrelid) AS def\n"
            + "    FROM pg_catalog.pg_attribute a\n"
            + "    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid\n"
            + "    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
            + "    LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum ="
            + " a.attnum\n"
            + "    WHERE a.atttypid = old_type AND a.attnum > 0 AND NOT a.attisdropped\n"
            + "      AND c.relkind IN ('r', 'p') AND NOT c.relispartition\n"
            + "  LOOP\n"
            + "    IF r.def IS NOT NULL THEN\n"
            + "      EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I DROP DEFAULT', r.nspname,"
            + " r.relname, r.attname);\n"
            + "    END IF;\n"
            + "    EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I TYPE %s USING %I::text::%s',\n"
            + "      r.nspname, r.relname, r.attname, new_type, r.attname, new_type);\n"
            + "    IF r.def IS NOT NULL THEN\n"
            + "      BEGIN\n"
            + "        EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I SET DEFAULT %s',"
            + " r.nspname, r.relname,\n"
            + "          r.attname, replace(r.def, '::' || old_type::text, '::' ||"
            + " new_type::text));\n"
            + "      EXCEPTION WHEN others THEN\n"
            + "        NULL; -- the old default names a removed label: the plan sets the new one\n"
            + "      END;\n"
            + "    END IF;\n"
            + "  END LOOP;\n"
            + "END\n"
            + "$strata$";
    return List.of(
        PlannedStatement.of(
            "ALTER TYPE " + newName + " RENAME TO " + Identifiers.quote(aside), comment),
        ObjectDdl.createEnum(schema, to, names),
        PlannedStatement.of(convert, comment),
        PlannedStatement.of("DROP TYPE " + oldName, comment));
  }
}
