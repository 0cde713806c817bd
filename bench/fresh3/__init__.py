"""A seventh blind, labelled evaluation set (flows, sessions, labels), written by hand by an
author who read neither the matcher nor the other sets' wording; it is kept back for one
honest measurement on unseen data.

`python -m bench.fresh3.build` regenerates the JSON files from the content modules with a
fixed seed; `--check` verifies the files are current. See README.md for the rules.
"""
