"""A programme's own jargon, checked on top of the built-in glossary.

The text people check is never stored: only the terms a programme adds are.
"""

from django.db import models
from django.db.models.functions import Lower

from touchstone.programmes.models import Programme


class ProgrammeTerm(models.Model):
    """A word or phrase this programme uses that readers may not know, and what to say instead."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="writing_terms")
    term = models.CharField(max_length=200)
    plain_alternative = models.CharField(max_length=200)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = [Lower("term"), "pk"]
        constraints = [
            models.UniqueConstraint(
                "programme", Lower("term"), name="drafts_programme_term_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.term
