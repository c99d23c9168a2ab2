"""Prompt library and other data shipped with the app."""
