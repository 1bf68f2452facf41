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

    private readonly Dictionary<string, EncodedText> _encoded = new(StringComparer.Ordinal);

    // Units' codes and names, looked up by the string object: the units are read once per workbook, so each sheet
    // hands over the same objects, and a reference hash costs nothing next to hashing 10,000 names on 50 sheets.
    private readonly Dictionary<string, EncodedText> _sameObject = new(ReferenceEqualityComparer.Instance);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EncodedText Encoded(string text) => Remembered(_encoded, text);

    /// <summary><see cref="Encoded"/> for a text whose very object comes again (a unit's code or name).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EncodedText SameObject(string text) => Remembered(_sameObject, text);

    /// <summary>A cell text cleaned and escaped for the sheet's XML, and whether Excel must be told to keep its spaces.</summary>
    public static (string Xml, bool KeepSpaces) Prepare(string text)
    {
        var clean = Clean(text);
        return (Escape(clean), KeepsSpaces(clean));
    }

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
