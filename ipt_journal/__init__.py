"""IPT Journal: a private, encrypted journal for interpersonal process group members."""

__version__ = "0.1.0"
