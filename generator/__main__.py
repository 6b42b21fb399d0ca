"""`python -m generator`: the `plansite` command, for an environment without its console script."""
from generator.commands.cli import main

main(prog_name="plansite")
