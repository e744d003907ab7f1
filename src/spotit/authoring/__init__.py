"""A pack being written, without Qt: the draft model, validation with structured problems,
and saving (atomic, with a backup). The pack editor (``spotit.gui.editor``) draws it.
"""
