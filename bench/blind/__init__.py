"""A fourth blind, labelled evaluation set (flows, sessions, labels), written by hand by an
author who read neither the matcher nor the other sets' wording; it replaces `bench/sealed`
as the set kept back for one honest measurement.

`python -m bench.blind.build` regenerates the JSON files from the content modules with a
fixed seed; `--check` verifies the committed files are current. See README.md for the rules.
"""
