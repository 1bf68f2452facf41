namespace QcdcBot.Bot.Exports;

/// <summary>A row's cells as <see cref="ExportCell"/>s (null where nothing was written), for reading a row in tests.</summary>
internal sealed class CellList(int columns) : ICellSink
{
    private readonly ExportCell?[] _cells = new ExportCell?[columns];

    public IReadOnlyList<ExportCell?> Cells => _cells;

    public void Text(int column, string text) => _cells[column] = ExportCell.Of(text);

    public void UnitText(int column, string text) => _cells[column] = ExportCell.Of(text);

    public void Unique(int column, string text) => _cells[column] = ExportCell.Unique(text);

    public void Number(int column, int value) => _cells[column] = ExportCell.Of(value);

    public void Date(int column, DateOnly date) => _cells[column] = ExportCell.Of(date);

    public void LocalTime(int column, DateTime localTime) => _cells[column] = ExportCell.Of(localTime);
}
