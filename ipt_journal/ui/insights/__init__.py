"""Insights: feelings over time (the screen, the quick check-in) and Today's looking-back card."""
