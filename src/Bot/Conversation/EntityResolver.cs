using System.Globalization;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// Turns what people type into units and deadlines: a code ("NHNN", "#3" for a deadline), a number from the last
/// list shown, or any part of the name without diacritics. Several matches are returned for the caller to ask.
/// </summary>
internal sealed class EntityResolver(UnitStore units, DeadlineStore deadlines)
{
    public async Task<Resolution<Unit>> UnitAsync(string query, ConversationState state, CancellationToken ct)
    {
        query = query.Trim();
        if (query.Length == 0)
        {
            return Resolution<Unit>.None();
        }

        var all = await units.AllAsync(ct);
        if (FromList(query, state, ListKind.Units) is { } listed)
        {
            return all.FirstOrDefault(u => u.Id == listed) is { } u ? Resolution<Unit>.One(u) : Resolution<Unit>.None();
        }

        var byCode = all.FirstOrDefault(u => string.Equals(u.Code, query, StringComparison.OrdinalIgnoreCase));
        if (byCode is not null)
        {
            return Resolution<Unit>.One(byCode);
        }

        var named = ByName(all, query, u => u.Name);
        return named.IsNotFound ? ShortForms(all, query) : named;
    }

    /// <summary>
    /// "bv da khoa", "Đ/B Sở Công Thương", "ĐU Sở Y tế", "So GD&amp;DT": the office's short forms spelled out (see
    /// <see cref="UnitShortForms"/>), every unit any meaning of them names; a short form with one unit is that unit.
    /// </summary>
    private static Resolution<Unit> ShortForms(IReadOnlyList<Unit> all, string query)
    {
        var found = UnitShortForms.Variants(query).Select(v => ByName(all, v, u => u.Name)).SelectMany(r => r.Candidates).Distinct().ToList();
        return Resolution<Unit>.Many(found);
    }

    public async Task<Resolution<Deadline>> DeadlineAsync(string query, ConversationState state, bool includeClosed, CancellationToken ct)
    {
        query = query.Trim();
        if (query.Length == 0)
        {
            return Resolution<Deadline>.None();
        }

        var all = await deadlines.ListAsync(includeClosed, ct);
        return Deadline(all, query);
    }

    /// <summary>Resolves among the given deadlines only (e.g. those open for a unit).</summary>
    /// <param name="exactTitleWins">Commands take the one title typed in full among several it fits; a caption or a
    /// sentence that fits several equally is asked about (see <see cref="Submissions.DeadlineMention"/>).</param>
    public static Resolution<Deadline> Deadline(IReadOnlyList<Deadline> among, string query, bool exactTitleWins = true)
    {
        query = query.Trim();
        // "#12", "h12" and a bare "12" are all deadline 12: every list shows deadlines by that number, so a number can
        // never mean a list position for one command and an id for another. Never digits in a title either.
        if ((ParseId(query) ?? BareNumber(query)) is { } id)
        {
            return among.FirstOrDefault(d => d.Id == id) is { } d ? Resolution<Deadline>.One(d) : Resolution<Deadline>.None();
        }

        return ByTitle(among, query, exactTitleWins);
    }

    /// <summary>
    /// A deadline named by words as people type them (see <see cref="DeadlineName"/>): "bc 6 thang", "cho kế hoạch
    /// QCDC nhé". Among several, the one whose title is exactly what was typed wins.
    /// </summary>
    private static Resolution<Deadline> ByTitle(IReadOnlyList<Deadline> among, string query, bool exactTitleWins)
    {
        var words = DeadlineName.QueryWords(query);
        var matches = among.Where(d => DeadlineName.Names(words, DeadlineName.TitleWords(d.Title))).ToList();
        if (exactTitleWins && matches.Count > 1 && matches.Where(d => DeadlineName.IsWhole(query, d.Title)).ToList() is [var whole])
        {
            return Resolution<Deadline>.One(whole);
        }

        return Resolution<Deadline>.Many(matches);
    }

    /// <summary>"#12" or "h12" is deadline 12.</summary>
    public static long? ParseId(string query)
    {
        var q = query.Trim();
        if (q.StartsWith('#'))
        {
            q = q[1..];
        }
        else if (q.Length > 1 && (q[0] == 'h' || q[0] == 'H') && char.IsAsciiDigit(q[1]))
        {
            q = q[1..];
        }
        else
        {
            return null;
        }

        return long.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static long? BareNumber(string query) =>
        long.TryParse(query, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static long? FromList(string query, ConversationState state, ListKind kind)
    {
        if (!int.TryParse(query, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || state.LastList is not { } list || list.Kind != kind)
        {
            return null;
        }

        return n >= 1 && n <= list.Ids.Count ? list.Ids[n - 1] : null;
    }

    /// <summary>
    /// The one unit <paramref name="text"/> names outright: its code as typed in capitals, its whole name (the "Đảng
    /// bộ"/"Chi bộ" aside), or three or more words in a row that one name alone holds; null for anything vaguer.
    /// </summary>
    public static Unit? NamedOutright(IReadOnlyList<Unit> all, string text)
    {
        text = text.Trim();
        if (text.Length >= 2 && text.All(c => char.IsUpper(c) || char.IsAsciiDigit(c)) && all.FirstOrDefault(u => string.Equals(u.Code, text, StringComparison.OrdinalIgnoreCase)) is { } coded)
        {
            return coded;
        }

        var words = NameWords(text);
        var bare = WithoutKind(string.Join(' ', words));
        if (bare.Length > 0 && all.Where(u => WithoutKind(string.Join(' ', NameWords(u.Name))) == bare).ToList() is [var whole])
        {
            return whole;
        }

        return words.Length >= 3 && all.Where(u => InRow(NameWords(u.Name), words)).ToList() is [var only] ? only : null;
    }

    private static Resolution<T> ByName<T>(IReadOnlyList<T> items, string query, Func<T, string> name)
        where T : class
    {
        // "Sở Văn hóa, Thể thao và Du lịch" pasted whole: its punctuation separates words, as in the stored name.
        var words = NameWords(query);
        if (words.Length == 0)
        {
            return Resolution<T>.None();
        }

        var folded = string.Join(' ', words);
        var matches = items.Where(i => ContainsAll(NameWords(name(i)), words)).ToList();
        if (matches.Count > 1)
        {
            // "Sở Y tế" should not be ambiguous with "Sở Y tế dự phòng …" when it is the whole name. Letters name units
            // without the "Đảng bộ"/"Chi bộ" the unit list puts in front ("Trường Cao đẳng Yên Bái").
            var exact = matches.Where(i => WithoutKind(string.Join(' ', NameWords(name(i)))) == WithoutKind(folded)).ToList();
            if (exact.Count == 1)
            {
                return Resolution<T>.One(exact[0]);
            }

            // "Cao đẳng Yên Bái" is the run of whole words in "Trường Cao đẳng Yên Bái" only; "Trường Cao đẳng Nghề Yên
            // Bái" merely holds each word. Words written in a row as one name say which unit; several such still ask.
            var inRow = matches.Where(i => InRow(NameWords(name(i)), words)).ToList();
            if (inRow.Count == 1)
            {
                return Resolution<T>.One(inRow[0]);
            }
        }

        return Resolution<T>.Many(matches);
    }

    /// <summary>The words, whole, one after another somewhere in the name.</summary>
    private static bool InRow(string[] nameWords, string[] words)
    {
        for (var start = 0; start + words.Length <= nameWords.Length; start++)
        {
            if (nameWords.AsSpan(start, words.Length).SequenceEqual(words))
            {
                return true;
            }
        }

        return false;
    }

    // "dang bo so y te" → "so y te": a folded unit name without the kind it starts with.
    internal static string WithoutKind(string foldedName)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["dang bo ", "chi bo "])
        {
            if (foldedName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return foldedName[prefix.Length..];
            }
        }

        return foldedName;
    }

    private static string[] NameWords(string name) =>
        VietnameseFold.Fold(name).Split([' ', ',', ';', '-', '–', '(', ')', '.', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static bool ContainsAll(string[] nameWords, string[] words) =>
        words.All(w => nameWords.Any(n => n.StartsWith(w, StringComparison.Ordinal)));
}
