"""Tests for the selection engine."""
