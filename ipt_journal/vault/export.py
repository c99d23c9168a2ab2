"""The exports and our JSON import under one old name, for callers that import from here.

The work lives in json_export (the streamed JSON file), json_import (reading it back or merging),
documents (Markdown/PDF content), import_files (reading a chosen file safely) and tables.
"""

from __future__ import annotations

from ipt_journal.vault.documents import (
    TITLES,
    WHAT,
    PlainDocument,
    Section,
    _label,
    agenda_sections,
    document_markdown,
    goal_sections,
    journal_member_names,
    member_names,
    plain_document,
    pseudonymizer,
    render_markdown,
    sections,
    select_entries,
    write_markdown_export,
)
from ipt_journal.vault.import_files import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_IMPORT_BYTES,
    MEMORY_FACTOR,
    MIN_BYTES_PER_RECORD,
    ImportFailed,
    _fail,
    check_year,
    parse_json_bytes,
    read_json_file,
    read_regular,
)
from ipt_journal.vault.json_export import FORMAT, VERSION, dumps, export_document, write_json_export
from ipt_journal.vault.json_import import MAX_TEXT, ImportReport, import_document, import_json, rebuild_search, reindex_entries
from ipt_journal.vault.progress import Cancelled, Progress
from ipt_journal.vault.tables import ForeignKey, TableInfo, exportable_tables, foreign_keys, is_empty, table_info

__all__ = [
    "FIRST_YEAR", "FORMAT", "LAST_YEAR", "MAX_IMPORT_BYTES", "MAX_TEXT", "MEMORY_FACTOR", "MIN_BYTES_PER_RECORD", "TITLES",
    "VERSION", "WHAT", "Cancelled", "ForeignKey", "ImportFailed", "ImportReport", "PlainDocument", "Progress", "Section",
    "TableInfo", "_fail", "_label", "agenda_sections", "check_year", "document_markdown", "dumps", "export_document",
    "exportable_tables", "foreign_keys", "goal_sections", "import_document", "import_json", "is_empty",
    "journal_member_names", "member_names", "parse_json_bytes", "plain_document", "pseudonymizer", "read_json_file",
    "read_regular", "rebuild_search", "reindex_entries", "render_markdown", "sections", "select_entries", "table_info",
    "write_json_export", "write_markdown_export",
]
