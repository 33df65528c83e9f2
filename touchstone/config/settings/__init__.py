"""Settings per environment: base, local (the default), test and production."""
