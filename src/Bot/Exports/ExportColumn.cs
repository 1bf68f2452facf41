namespace QcdcBot.Bot.Exports;

/// <summary>A column's header and its width in Excel character units.</summary>
internal sealed record ExportColumn(string Header, double Width);
