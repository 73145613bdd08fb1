"""Benchmarks of Treasurer against the performance targets of DESIGN.md."""
