namespace QcdcBot.Bot.Exports;

/// <summary>One worksheet: a header row of columns, then rows of cells (null is an empty cell).</summary>
internal sealed record ExportSheet(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<ExportCell?>> Rows);

/// <summary>A column's header and its width in Excel character units.</summary>
internal sealed record ExportColumn(string Header, double Width);
