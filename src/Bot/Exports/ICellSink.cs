namespace QcdcBot.Bot.Exports;

/// <summary>
/// Where a row's cells go, column by column (a column not written is an empty cell): the sheet's bytes
/// (<see cref="SheetDataWriter"/>) or a list of <see cref="ExportCell"/>s (<see cref="CellList"/>, what tests read).
/// One definition of what a row shows, and no cell objects on the way to the file.
/// </summary>
internal interface ICellSink
{
    /// <summary>A text that repeats from row to row and sheet to sheet (states, "đúng hạn").</summary>
    void Text(int column, string text);

    /// <summary>A unit's code, name or kind: the same string object on every sheet of the workbook.</summary>
    void UnitText(int column, string text);

    /// <summary>A text that seldom repeats (file names, receipts, notes).</summary>
    void Unique(int column, string text);

    void Number(int column, int value);

    void Date(int column, DateOnly date);

    /// <summary>A local (office) time; the workbook has no time zones, so it is written as shown.</summary>
    void LocalTime(int column, DateTime localTime);
}
