using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// Writes a sheet's rows as UTF-8 straight into the part's stream: the markup around each cell is a constant byte
/// fragment, numbers are formatted into the buffer, and texts that repeat (unit names, states) are escaped and encoded
/// once. At 10,000 units × 50 deadlines that is 6.5 million cells, where a general XML writer's per-call checks and
/// a string per cell reference were most of the export's time.
/// </summary>
internal sealed class SheetDataWriter(Stream output, TextCache texts) : IDisposable
{
    // Indexes into the styles' cellXfs (XlsxWriter.Styles); the order there must match.
    public const int HeaderStyle = 1;
    public const int DateStyle = 2;
    public const int DateTimeStyle = 3;

    private static readonly byte[][] ColumnNames = [.. Enumerable.Range(1, 64).Select(c => Encoding.ASCII.GetBytes(XlsxWriter.ColumnName(c)))];

    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Row(int rowIndex, IReadOnlyList<ExportCell?> cells, int? style)
    {
        Put("<row r=\""u8);
        Put(rowIndex);
        Put("\">"u8);
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c] is { } value)
            {
                Cell(c, rowIndex, value, style);
            }
        }

        Put("</row>"u8);
    }

    public void Dispose() => Flush();

    public void Flush()
    {
        output.Write(_buffer, 0, _used);
        _used = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Cell(int column, int rowIndex, ExportCell value, int? style)
    {
        Put("<c r=\""u8);
        Put(column < ColumnNames.Length ? ColumnNames[column] : Encoding.ASCII.GetBytes(XlsxWriter.ColumnName(column + 1)));
        Put(rowIndex);
        switch (value)
        {
            case TextCell { Remember: false } u:
                Style(style);
                var (xml, keepSpaces) = TextCache.Prepare(u.Text);
                Put(keepSpaces ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8 : "\" t=\"inlineStr\"><is><t>"u8);
                Put(xml);
                Put("</t></is></c>"u8);
                return;
            case TextCell t:
                Style(style);
                var text = texts.Encoded(t.Text);
                // Excel drops a text's leading and trailing spaces unless told to keep them.
                Put(text.KeepSpaces ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8 : "\" t=\"inlineStr\"><is><t>"u8);
                Put(text.Bytes);
                Put("</t></is></c>"u8);
                return;
            case NumberCell n:
                Style(style);
                Number(n.Value);
                return;
            // A date is a number of days since 30/12/1899 with a date format; that is what makes it a real Excel date.
            case DateCell d:
                Style(DateStyle);
                Number(d.Date.ToDateTime(TimeOnly.MinValue).ToOADate());
                return;
            case DateTimeCell t:
                Style(DateTimeStyle);
                Number(t.LocalTime.ToOADate());
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, null);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Style(int? style)
    {
        if (style is { } s)
        {
            Put("\" s=\""u8);
            Put(s);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Number(double value)
    {
        Put("\"><v>"u8);
        Reserve(32);
        value.TryFormat(_buffer.AsSpan(_used), out var written, "R", CultureInfo.InvariantCulture);
        _used += written;
        Put("</v></c>"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Put(int value)
    {
        Reserve(11);
        value.TryFormat(_buffer.AsSpan(_used), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>A text encoded as UTF-8 straight into the buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Put(string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _buffer.Length)
        {
            Put(Encoding.UTF8.GetBytes(text));
            return;
        }

        Reserve(most);
        _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Put(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                output.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Reserve(int bytes)
    {
        if (_buffer.Length - _used < bytes)
        {
            Flush();
        }
    }
}
