"""A held-out labelled evaluation set (flows, sessions, labels), written by hand.

`python -m bench.holdout.build` regenerates the JSON files from `content.py` with a fixed
seed; `--check` verifies the committed files are current. See README.md for the rules.
"""
