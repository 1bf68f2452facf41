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
internal sealed class SheetDataWriter(Stream output, TextCache texts) : ICellSink, IDisposable
{
    // Indexes into the styles' cellXfs (XlsxWriter.Styles); the order there must match.
    public const int HeaderStyle = 1;
    public const int DateStyle = 2;
    public const int DateTimeStyle = 3;

    private static readonly byte[][] ColumnNames = [.. Enumerable.Range(1, 64).Select(c => Encoding.ASCII.GetBytes(XlsxWriter.ColumnName(c)))];

    // Excel's day 0: a date is the number of days since then.
    private static readonly int ExcelEpoch = new DateOnly(1899, 12, 30).DayNumber;

    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly string?[] _lastTexts = new string?[ColumnNames.Length];
    private readonly EncodedText?[] _lastEncoded = new EncodedText?[ColumnNames.Length];
    private int _used;
    private int _row;
    private int _nextColumn;
    private int? _style;

    /// <summary>Opens row <paramref name="rowIndex"/>; its cells follow (<see cref="ICellSink"/>), then <see cref="EndRow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void StartRow(int rowIndex, int? style = null)
    {
        _row = rowIndex;
        _nextColumn = 0;
        _style = style;
        Put("<row r=\""u8);
        Put(rowIndex);
        Put("\">"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EndRow() => Put("</row>"u8);

    public void Row(int rowIndex, IReadOnlyList<ExportCell?> cells, int? style)
    {
        StartRow(rowIndex, style);
        for (var c = 0; c < cells.Count; c++)
        {
            switch (cells[c])
            {
                case TextCell { Remember: false } u:
                    Unique(c, u.Text);
                    break;
                case TextCell t:
                    Text(c, t.Text);
                    break;
                case NumberCell n:
                    Number(c, n.Value);
                    break;
                case DateCell d:
                    Date(c, d.Date);
                    break;
                case DateTimeCell t:
                    LocalTime(c, t.LocalTime);
                    break;
                case null:
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(cells), cells[c], null);
            }
        }

        EndRow();
    }

    /// <summary>
    /// A repeating text: the column's last text is kept beside its bytes, so a column that shows the same string
    /// object row after row (a unit's kind, "đã nộp", "đúng hạn") is not looked up again: half a million rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Text(int column, string text)
    {
        if ((uint)column < (uint)_lastTexts.Length)
        {
            if (!ReferenceEquals(_lastTexts[column], text))
            {
                _lastEncoded[column] = texts.Encoded(text);
                _lastTexts[column] = text;
            }

            Encoded(column, _lastEncoded[column]!);
            return;
        }

        Encoded(column, texts.Encoded(text));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void UnitText(int column, string text) => Encoded(column, texts.SameObject(text));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Unique(int column, string text)
    {
        var (xml, keepSpaces) = TextCache.Prepare(text);
        StartText(column, keepSpaces);
        Put(xml);
        Put("</t></is></c>"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Number(int column, int value) => Whole(column, _style, value);

    // A date is a number of days since 30/12/1899 with a date format; that is what makes it a real Excel date.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Date(int column, DateOnly date) => Whole(column, DateStyle, date.DayNumber - ExcelEpoch);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void LocalTime(int column, DateTime localTime)
    {
        Start(column, DateTimeStyle);
        Number(localTime.ToOADate());
    }

    public void Dispose() => Flush();

    public void Flush()
    {
        output.Write(_buffer, 0, _used);
        _used = 0;
    }

    private void Number(int column, double value)
    {
        Start(column, _style);
        Number(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Encoded(int column, EncodedText text)
    {
        StartText(column, text.KeepSpaces);
        Put(text.Bytes);
        Put("</t></is></c>"u8);
    }

    /// <summary>An inline text cell up to its text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StartText(int column, bool keepSpaces)
    {
        Start(column, _style);
        // Excel drops a text's leading and trailing spaces unless told to keep them.
        Put(keepSpaces ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8 : " t=\"inlineStr\"><is><t>"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Whole(int column, int? style, int value)
    {
        Start(column, style);
        Put("><v>"u8);
        Put(value);
        Put("</v></c>"u8);
    }

    /// <summary>
    /// The cell's start up to its attributes' end: reference and style. The reference is written only after a gap (an
    /// empty cell left out): the attribute is optional in ECMA-376, and a cell without it is the one after the cell before it, as Excel and
    /// LibreOffice read it, and 6.5 million references were a fifth of the sheets' XML to write and deflate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Start(int column, int? style)
    {
        Put("<c"u8);
        if (column != _nextColumn)
        {
            Put(" r=\""u8);
            Put(column < ColumnNames.Length ? ColumnNames[column] : Encoding.ASCII.GetBytes(XlsxWriter.ColumnName(column + 1)));
            Put(_row);
            Put("\""u8);
        }

        _nextColumn = column + 1;
        if (style is { } s)
        {
            Put(" s=\""u8);
            Put(s);
            Put("\""u8);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Number(double value)
    {
        Put("><v>"u8);
        Reserve(32);
        var written = 0;
        _ = value == Math.Floor(value) && Math.Abs(value) < int.MaxValue
            ? ((int)value).TryFormat(_buffer.AsSpan(_used), out written, default, CultureInfo.InvariantCulture)
            : value.TryFormat(_buffer.AsSpan(_used), out written, "R", CultureInfo.InvariantCulture);
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
