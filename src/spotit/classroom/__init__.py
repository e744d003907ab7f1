"""Classroom sessions over the local network: protocol, host and student logic."""
