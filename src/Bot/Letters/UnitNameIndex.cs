using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// The store's unit names, folded, with and without their "Đảng bộ"/"Chi bộ", to find in a letter's folded text
/// longest first: "Công ty CP Xây dựng giao thông Yên Bái" is one unit, not "Công ty CP" and the verb "xây dựng".
/// </summary>
internal sealed class UnitNameIndex
{
    // By first letter, longest first. The id is null when two units share the name (left to the resolver to report).
    private readonly Dictionary<char, List<(string[] Words, long? Id)>> _byFirst = [];

    private UnitNameIndex(IEnumerable<(string Key, long Id)> keys)
    {
        var ids = new Dictionary<string, long?>(StringComparer.Ordinal);
        foreach (var (key, id) in keys)
        {
            ids[key] = ids.TryGetValue(key, out var seen) && seen != id ? null : id;
        }

        foreach (var (key, id) in ids.OrderByDescending(k => k.Key.Length))
        {
            if (!_byFirst.TryGetValue(key[0], out var list))
            {
                _byFirst[key[0]] = list = [];
            }

            list.Add((key.Split(' '), id));
        }
    }

    public static UnitNameIndex Of(IEnumerable<Unit> units) =>
        new(units.SelectMany(u =>
        {
            var folded = VietnameseText.Fold(u.Name);
            var bare = EntityResolver.WithoutKind(folded);
            // A bare name of one short word ("Đảng bộ Khối" → "khoi") would match ordinary words of a sentence.
            if (bare.Length < 5 || !bare.Contains(' ', StringComparison.Ordinal))
            {
                return new[] { (folded, u.Id) };
            }

            // "Đảng ủy Sở Y tế", "Chi ủy Báo Yên Bái": the office often writes to a unit's committee, and means the unit.
            return folded.StartsWith("dang bo ", StringComparison.Ordinal) ? [(folded, u.Id), (bare, u.Id), ("dang uy " + bare, u.Id)]
                : folded.StartsWith("chi bo ", StringComparison.Ordinal) ? [(folded, u.Id), (bare, u.Id), ("chi uy " + bare, u.Id)]
                : [(folded, u.Id), (bare, u.Id)];
        }));

    /// <summary>
    /// "Đảng ủy Bệnh viện Đa khoa tỉnh" → "Đảng bộ Bệnh viện Đa khoa tỉnh", "Chi ủy Báo Yên Bái" → "Chi bộ Báo Yên Bái": a
    /// unit's committee named for the unit, to be resolved as the unit's name is; never "Đảng ủy Khối", the office.
    /// </summary>
    public static string AsUnit(string name)
    {
        var trimmed = name.Trim();
        var folded = FoldedText.Of(trimmed);
        return folded.Value.StartsWith("dang uy ", StringComparison.Ordinal) && !folded.Value.AsSpan(8).TrimStart().StartsWith("khoi", StringComparison.Ordinal)
            ? "Đảng bộ " + trimmed[folded.OriginalStart(8)..]
            : folded.Value.StartsWith("chi uy ", StringComparison.Ordinal) ? "Chi bộ " + trimmed[folded.OriginalStart(7)..] : name;
    }

    /// <returns>The longest unit name starting at <paramref name="position"/> of the folded text (ending at a word boundary).</returns>
    public (int End, long? Id)? At(string folded, int position)
    {
        if (position >= folded.Length || (position > 0 && char.IsLetterOrDigit(folded[position - 1])) || !_byFirst.TryGetValue(folded[position], out var candidates))
        {
            return null;
        }

        foreach (var (words, id) in candidates)
        {
            if (Match(folded, position, words) is { } end)
            {
                return (end, id);
            }
        }

        return null;
    }

    /// <summary>
    /// The longest run of a store name's first words starting at <paramref name="position"/>: the letter may write a
    /// name shorter than the store ("Ngân hàng Nông nghiệp và Phát triển nông thôn" for "… chi nhánh Yên Bái"). The id
    /// is null when names of several units start so.
    /// </summary>
    public (int End, long? Id)? Prefix(string folded, int position, int minWords)
    {
        if (position >= folded.Length || (position > 0 && char.IsLetterOrDigit(folded[position - 1])) || !_byFirst.TryGetValue(folded[position], out var candidates))
        {
            return null;
        }

        (int End, long? Id)? best = null;
        foreach (var (words, id) in candidates)
        {
            for (var count = words.Length; count >= minWords; count--)
            {
                if (Match(folded, position, words[..count]) is not { } end)
                {
                    continue;
                }

                if (best is not { } b || end > b.End)
                {
                    best = (end, id);
                }
                else if (end == b.End && b.Id != id)
                {
                    best = (end, null);
                }

                break;
            }
        }

        return best;
    }

    /// <summary>Every unit name in the folded text between the two positions, left to right, longest first where they overlap.</summary>
    /// <param name="prefixWords">When above 0, a run of at least this many of a name's first words across its "và" counts too (see <see cref="Prefix"/>).</param>
    public List<(int Start, int End, long? Id)> FindAll(string folded, int from, int to, int prefixWords = 0)
    {
        var found = new List<(int, int, long?)>();
        for (var i = from; i < to; i++)
        {
            if ((At(folded, i) ?? ShortWithAnd(folded, i, prefixWords)) is { } hit && hit.End <= to)
            {
                found.Add((i, hit.End, hit.Id));
                i = hit.End;
            }
        }

        return found;
    }

    /// <summary>A name's first words across its "và" ("Ngân hàng Nông nghiệp và Phát triển nông thôn"); "Sở Khoa học vui" is not one.</summary>
    private (int End, long? Id)? ShortWithAnd(string folded, int position, int minWords) =>
        minWords > 0 && Prefix(folded, position, minWords) is { } hit && folded.AsSpan(position, hit.End - position).Contains(" va ", StringComparison.Ordinal) ? hit : null;

    // The words in order with any run of whitespace between them (a letter has double spaces and line wraps).
    private static int? Match(string folded, int position, string[] words)
    {
        var i = position;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                var spaces = i;
                while (i < folded.Length && char.IsWhiteSpace(folded[i]))
                {
                    i++;
                }

                if (i == spaces)
                {
                    return null;
                }
            }

            if (i + words[w].Length > folded.Length || string.CompareOrdinal(folded, i, words[w], 0, words[w].Length) != 0)
            {
                return null;
            }

            i += words[w].Length;
        }

        return i < folded.Length && char.IsLetterOrDigit(folded[i]) ? null : i;
    }
}
