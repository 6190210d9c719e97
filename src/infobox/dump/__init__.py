"""Reading Wikipedia dumps and writing their settlements as tables (the ``dump`` extra)."""
