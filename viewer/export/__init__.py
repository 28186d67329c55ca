"""Export of annotated excerpts (PDF); depends on core, never on gui."""
