namespace QcdcBot.Storage.Exports;

/// <summary>
/// Indexes for the export's per-sheet reads (measured at 10,000 units × 50 deadlines, see README Performance):
/// a deadline's versions as a unique (deadline, unit, version) index, so SQLite knows each version is one row and
/// takes the files' order from the join instead of sorting (it replaces the same columns' plain index); the files'
/// names beside their order, so the join never visits the file rows; and the reminders that count, so the count per
/// unit never visits the ledger's rows.
/// </summary>
internal static class SheetIndexes
{
    public const string Sql = """
        DROP INDEX IF EXISTS submissions_deadline_unit;
        CREATE UNIQUE INDEX IF NOT EXISTS submissions_sheet ON submissions(deadline_id, unit_id, version);
        CREATE INDEX IF NOT EXISTS submission_files_names ON submission_files(submission_id, ordinal, original_name);
        CREATE INDEX IF NOT EXISTS reminder_ledger_sent ON reminder_ledger(deadline_id, unit_id) WHERE outcome = 'sent' AND slot NOT LIKE 'unreachable-%';
        """;
}
