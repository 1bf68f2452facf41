using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// Cell texts made safe for the sheet (no control characters XML cannot carry, Excel's length limit, composed form),
/// escaped and encoded as UTF-8, remembered up to a bound: unit names and states repeat on every deadline's sheet, and
/// preparing a Vietnamese text costs more than looking it up.
/// </summary>
internal sealed class TextCache
{
    // Excel's limit for one cell's text.
    private const int MaxCellText = 32767;

    private const int MaxRemembered = 50_000;

    // char.IsControl's characters (C0 and C1) but the line break and tab a cell keeps.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not '\n' and not '\t')]);

    // Printable ASCII but the three characters the sheet's XML escapes.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        [.. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => c is not '&' and not '<' and not '>')]);

    private readonly Dictionary<string, EncodedText> _encoded = new(StringComparer.Ordinal);

    // Units' codes and names by column, then by the unit's place in the workbook's list of units: the units are read
    // once per workbook, so every sheet hands over the same string objects in the same places, and an array slot
    // checked by reference costs nothing next to a dictionary lookup (10,000 units × 2 columns × 50 sheets).
    private (string?[]? Texts, EncodedText?[]? Encoded)[] _units = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EncodedText Encoded(string text) => Remembered(_encoded, text);

    /// <summary>
    /// <see cref="Encoded"/> for a unit's code or name (<paramref name="column"/>), found by the unit's place in the
    /// workbook's list (<paramref name="position"/>); a different text at that place is prepared and kept instead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EncodedText Unit(int column, int position, string text)
    {
        if ((uint)column < (uint)_units.Length)
        {
            var (texts, encoded) = _units[column];
            if (texts is not null && (uint)position < (uint)texts.Length && ReferenceEquals(texts[position], text))
            {
                return encoded![position]!;
            }
        }

        return KeepUnit(column, position, text);
    }

    /// <summary>A cell text cleaned and escaped for the sheet's XML, and whether Excel must be told to keep its spaces.</summary>
    public static (string Xml, bool KeepSpaces) Prepare(string text)
    {
        var clean = Clean(text);
        return (Escape(clean), KeepsSpaces(clean));
    }

    /// <summary>
    /// A text <see cref="Prepare"/> would give back as it is, with no spaces to keep: printable ASCII but the characters
    /// XML escapes, no space at either end, within Excel's length (receipts, most file names). One vectorised scan
    /// instead of <see cref="Prepare"/>'s passes, for the texts written once per cell.
    /// </summary>
    public static bool IsPlain(string text) =>
        text.Length is > 0 and <= MaxCellText && text[0] != ' ' && text[^1] != ' ' && text.AsSpan().IndexOfAnyExcept(PlainAscii) < 0;

    /// <summary>XML cannot carry most control characters, and Excel cuts a cell at 32,767 characters.</summary>
    public static string Clean(string text)
    {
        var control = text.AsSpan().IndexOfAny(Controls) >= 0;
        if (text.Length <= MaxCellText && !control && IsComposed(text))
        {
            return text;
        }

        var kept = new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Normalize(NormalizationForm.FormC);
        return kept.Length > MaxCellText ? kept[..MaxCellText] : kept;
    }

    /// <summary>
    /// Text whose every character is below U+0300 (ASCII, Latin-1, the Latin extensions with Đ, Ơ, Ư: receipts, codes,
    /// most file names) or a precomposed letter of Latin Extended Additional (U+1E00–U+1EFF: ạ, ế, ữ and the rest of
    /// Vietnamese's tone-marked letters) has no combining mark and nothing NFC would change, so it is composed already;
    /// only the rest (a combining mark, other scripts) is asked of ICU, which costs far more than the scan.
    /// </summary>
    private static bool IsComposed(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && c is < '\u1E00' or > '\u1EFF')
            {
                return text.IsNormalized(NormalizationForm.FormC);
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static EncodedText Remembered(Dictionary<string, EncodedText> cache, string text)
    {
        if (cache.TryGetValue(text, out var encoded))
        {
            return encoded;
        }

        var (xml, keepSpaces) = Prepare(text);
        encoded = new EncodedText(Encoding.UTF8.GetBytes(xml), keepSpaces);
        if (cache.Count < MaxRemembered)
        {
            cache[text] = encoded;
        }

        return encoded;
    }

    private EncodedText KeepUnit(int column, int position, string text)
    {
        var (xml, keepSpaces) = Prepare(text);
        var encoded = new EncodedText(Encoding.UTF8.GetBytes(xml), keepSpaces);
        if (column < 0 || position < 0)
        {
            return encoded;
        }

        if (column >= _units.Length)
        {
            Array.Resize(ref _units, column + 1);
        }

        var (texts, prepared) = _units[column];
        if (texts is null || prepared is null || position >= texts.Length)
        {
            var size = Math.Max(position + 1, 2 * (texts?.Length ?? 0));
            Array.Resize(ref texts, size);
            Array.Resize(ref prepared, size);
        }

        texts[position] = text;
        prepared[position] = encoded;
        _units[column] = (texts, prepared);
        return encoded;
    }

    /// <summary>Leading or trailing spaces, line breaks or tabs: Excel keeps them only when the cell says so.</summary>
    private static bool KeepsSpaces(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.AsSpan().IndexOfAny('\n', '\t') >= 0);

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny('&', '<', '>') < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}

/// <summary>A cell text as the sheet's XML carries it.</summary>
internal sealed record EncodedText(byte[] Bytes, bool KeepSpaces);
