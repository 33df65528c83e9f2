"""Tests for the co-production checks."""
