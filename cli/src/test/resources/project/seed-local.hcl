// The project file of ../seed/migration-troubleshooting.txt's story:
// `strata --env local migrate apply 1 --tx-mode none` takes url and dir from here.
env "local" {
  url = "mysql://root:pass@localhost:3306/example"
  dev = "docker://mysql/8/dev"
  migration {
    dir = "file://migrations"
  }
}
