"""SpotIt benchmarks: `make bench`. Each figure is a line `bench: NAME VALUE UNIT`."""
