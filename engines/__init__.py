"""Pure-Python engines: algorithms on frozen dataclasses, never importing Django or Touchstone.

Keeping them apart lets every method run, be tested and be benchmarked from the command
line with no database, and be reused by any part of the web application.
"""
