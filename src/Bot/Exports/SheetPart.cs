namespace QcdcBot.Bot.Exports;

/// <summary>A sheet's XML deflated (<see cref="XlsxWriter.Sheet"/>), with the size its filter range needs.</summary>
internal sealed record SheetPart(CompressedPart Part, int Columns, int Rows);
