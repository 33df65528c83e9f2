"""Touchstone: running co-production in health and social care."""
