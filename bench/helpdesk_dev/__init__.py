"""Held-out IT-helpdesk evaluation set for `flywheel eval` (see README.md)."""
