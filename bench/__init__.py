"""Benchmark harness for IPT Journal: `python -m bench --help`.

Builds a synthetic vault in a temporary folder (never the member's data dir) and
measures cold start, unlock, search, save, timeline scrolling, memory and backup.
"""
