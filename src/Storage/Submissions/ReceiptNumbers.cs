namespace QcdcBot.Storage.Submissions;

/// <summary>
/// The year's highest receipt number, read inside every hand-in's write transaction: off an index of the receipt's
/// year prefix ("BN2027-", seven characters: a four-digit year) and its number, instead of a scan of every
/// submission ever stored while the store's write lock is held.
/// </summary>
internal static class ReceiptNumbers
{
    public const string Sql = """
        CREATE INDEX IF NOT EXISTS submissions_receipt_year ON submissions(substr(receipt_no, 1, 7), CAST(substr(receipt_no, 8) AS INTEGER));
        """;

    // Spelled exactly as the index: SQLite uses an expression index only for the same text.
    internal const string LastSql =
        "SELECT COALESCE(MAX(CAST(substr(receipt_no, 8) AS INTEGER)), 0) FROM submissions WHERE substr(receipt_no, 1, 7) = $prefix";
}
