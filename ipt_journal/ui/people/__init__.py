"""The People section: the person list and pages, the closeness circle."""
