"""A benchmark-only Django site: Touchstone on a throwaway PostgreSQL database, plus a bare view."""
