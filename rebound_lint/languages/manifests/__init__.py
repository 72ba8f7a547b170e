"""Dependency manifests, lockfiles and config formats (TOML, pip requirements, yarn.lock,
package-lock.json, go.mod, go.sum, Gemfile.lock, INI, XML): one module per format, each with
`check(source, config)`. Rule codes RL42x-RL47x (data formats, next to YAML/JSON's RL40x-RL41x)."""
