"""A second blind, labelled evaluation set (flows, sessions, labels), written by hand by a
different author from `bench/holdout`.

`python -m bench.unseen.build` regenerates the JSON files from `content.py` with a fixed
seed; `--check` verifies the committed files are current. See README.md for the rules.
"""
