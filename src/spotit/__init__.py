"""SpotIt: learn to spot misinformation by flagging red flags in training articles."""

__version__ = "0.1.0"
