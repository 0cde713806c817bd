"""The interchange format (v1): import and export of flows, sessions, proposals and analyses."""

from flywheel.interchange.exporter import (
    export_analyses,
    export_flows,
    export_proposals,
    export_sessions,
)
from flywheel.interchange.importer import ImportReport, import_document, import_file
from flywheel.interchange.records import FORMAT, parse_json_bytes

__all__ = [
    "FORMAT",
    "ImportReport",
    "export_analyses",
    "export_flows",
    "export_proposals",
    "export_sessions",
    "import_document",
    "import_file",
    "parse_json_bytes",
]
