"""Import and export of other annotation tools' formats (no Qt)."""
