"""Benchmarks: `python -m bench` (or `make bench`) measures on this machine and prints a table."""
