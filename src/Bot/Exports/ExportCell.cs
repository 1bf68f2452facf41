namespace QcdcBot.Bot.Exports;

/// <summary>One cell's value, typed so dates stay dates in Excel and counts stay numbers.</summary>
internal abstract record ExportCell
{
    public static ExportCell Of(string text) => new TextCell(text);

    /// <summary>
    /// A text that seldom repeats (file names, receipt numbers, notes): written as it comes, not remembered, so the
    /// texts that do repeat (unit names, states) stay quick to look up.
    /// </summary>
    public static ExportCell Unique(string text) => new TextCell(text, Remember: false);

    public static ExportCell Of(int number) => new NumberCell(number);

    public static ExportCell Of(DateOnly date) => new DateCell(date);

    /// <summary>A local (office) time; the workbook has no time zones, so it is written as shown.</summary>
    public static ExportCell Of(DateTime localTime) => new DateTimeCell(localTime);
}

internal sealed record TextCell(string Text, bool Remember = true) : ExportCell;

internal sealed record NumberCell(double Value) : ExportCell;

internal sealed record DateCell(DateOnly Date) : ExportCell;

internal sealed record DateTimeCell(DateTime LocalTime) : ExportCell;
