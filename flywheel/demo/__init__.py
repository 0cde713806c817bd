"""The demo data set: realistic flows and sessions for two accounts, in interchange form."""

from flywheel.demo.content import build_demo_documents

__all__ = ["build_demo_documents"]
