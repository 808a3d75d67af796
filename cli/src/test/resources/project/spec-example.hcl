# The shape of atlas-compat.md §9, kept verbatim where hcl4j can read it.
variable "url" {
  type    = string
  default = getenv("DATABASE_URL")
}
variable "pattern" {
  type = string
}
locals {
  dev = "docker://postgres/15/dev?search_path=public"
}
data "sql" "tenants" {           # attributes: count, values, value
  url   = var.url
  query = "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE $1"
  args  = [var.pattern]
}
data "hcl_schema" "app" {         # attribute: url (use as src)
  path = "schema.hcl"
  vars = { tenant = "x" }
}
data "template_dir" "m" {         # attribute: url (use as migration.dir)
  path = "migrations"
  vars = { Env = atlas.env }
}

env "prod" {
  for_each = toset(data.sql.tenants.values)      # one env instance per tenant
  url  = urlsetpath(var.url, each.value)          # or urlqueryset(var.url, "search_path", each.value)
  dev  = local.dev
  src  = "file://schema.hcl"                      # string or list; also schema { src = ... }
  schemas = ["a", "b"]
  exclude = ["atlas_schema_revisions"]
  migration {
    dir              = "file://migrations"
    format           = atlas                      # enum: atlas golang-migrate goose flyway liquibase dbmate
    baseline         = "20220811074144"
    exec_order       = LINEAR                     # LINEAR | LINEAR_SKIP | NON_LINEAR
    lock_timeout     = "10s"
    revisions_schema = "atlas_schema_revisions"
  }
  format {                                        # legacy block name: log
    migrate {                                     # keys: apply, down, diff, lint, status
      apply = "{{ json . }}"
      diff  = "{{ sql . \"  \" }}"
    }
    schema {                                      # keys: apply, diff, inspect, clean
      apply = "{{ json .Changes }}"
    }
  }
  lint {
    latest = 1
    destructive {
      error = false
    }
  }
  diff {
    skip {
      drop_table = true
    }
  }
  tenant = each.value                             # extra attrs become input vars of HCL schemas
}
env {                                             # unlabeled env: name taken from --env
  name = atlas.env
  url  = var.url
}
