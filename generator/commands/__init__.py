"""Commands: the `plansite` command line and the build step the MkDocs plugin runs."""
