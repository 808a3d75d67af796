// The project file of the SQLite example: `strata --env local migrate apply`.
env "local" {
  url = "sqlite://example.db"
  migration {
    dir = "file://migrations"
  }
}
