# atlas-compat.md §9's env "prod", with the for_each source a literal set instead of data.sql.
variable "url" {
  type    = string
  default = getenv("DATABASE_URL")
}
locals {
  dev = "docker://postgres/15/dev?search_path=public"
}

env "prod" {
  for_each = toset(["tenant_b", "tenant_a"])
  url  = urlsetpath(var.url, each.value)
  dev  = local.dev
  src  = "file://schema.hcl"
  schemas = ["a", "b"]
  exclude = ["atlas_schema_revisions"]
  migration {
    dir              = "file://migrations"
    format           = atlas
    baseline         = "20220811074144"
    exec_order       = LINEAR
    lock_timeout     = "10s"
    revisions_schema = "atlas_schema_revisions"
  }
  format {
    migrate {
      apply = "{{ json . }}"
      diff  = "{{ sql . \"  \" }}"
    }
    schema {
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
  tenant = each.value
}
