"""Allows ``python -m pipeline`` where the ``dhr`` script is not on PATH."""

from pipeline.cli import main

main()
