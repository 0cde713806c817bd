"""Knowledge Flywheel: turns resolved support sessions into reusable troubleshooting flows."""

__version__ = "0.1.0"
