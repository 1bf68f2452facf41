namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// "&lt;đơn vị&gt; &lt;việc&gt; [ghi chú]" as /ghinhan and /chuanhan take it: with ";" between the parts, or by words.
/// <c>Unread</c> holds the words between the unit's name and the deadline that neither holds ("ngan hang nha nuoc
/// tinh 2": "tinh"); the command then asks before doing anything, never moving them into the deadline.
/// </summary>
internal sealed partial class UnitAndDeadline(EntityResolver resolver)
{
    // Words people add to a unit's name that the name lacks ("tỉnh", "YB", "Yên Bái") are a few at most.
    private const int MaxUnreadWords = 3;

    public async Task<(string Unit, string Deadline, string Note, string Unread)> SplitAsync(string arguments, TurnContext context, CancellationToken ct)
    {
        if (arguments.Contains(';', StringComparison.Ordinal))
        {
            var parts = arguments.Split(';', 3, StringSplitOptions.TrimEntries);
            return (parts[0], parts.ElementAtOrDefault(1) ?? string.Empty, parts.ElementAtOrDefault(2) ?? string.Empty, string.Empty);
        }

        return await SplitByWordsAsync(arguments, context, ct);
    }

    /// <summary>
    /// Without ";": the longest run of first words that names exactly one unit, then the longest run after it that
    /// names exactly one deadline; the rest is the note. "ngan hang nha nuoc ke hoach qcdc ban giay" works, as does
    /// "NHNN #2 bản giấy".
    /// </summary>
    private async Task<(string Unit, string Deadline, string Note, string Unread)> SplitByWordsAsync(string arguments, TurnContext context, CancellationToken ct)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (await ExplicitNumberAsync(words, context, ct) is { } explicitSplit)
        {
            return explicitSplit;
        }

        if (await BareNumberAsync(words, context, ct) is { } bareSplit)
        {
            return bareSplit;
        }

        var limit = Math.Min(words.Length, 12);
        var longestUnit = 0;
        (int Unit, int End)? ambiguous = null;
        for (var u = limit - 1; u >= 1; u--)
        {
            var unitText = string.Join(' ', words[..u]);
            var unit = await resolver.UnitAsync(unitText, context.State, ct);
            if (unit.IsNotFound)
            {
                continue;
            }

            // "ngan hang 2": several banks match; the unit question is asked with the deadline kept, never "hang" as the deadline.
            longestUnit = Math.Max(longestUnit, u);
            var (end, ambiguousEnd) = await DeadlineEndAsync(words, u, limit, context, ct);
            if (ambiguousEnd is { } firstAmbiguous)
            {
                ambiguous ??= (u, firstAmbiguous);
            }

            if (end is { } d)
            {
                return (unitText, string.Join(' ', words[u..d]), string.Join(' ', words[d..]), string.Empty);
            }
        }

        if (ambiguous is { } named)
        {
            return (string.Join(' ', words[..named.Unit]), string.Join(' ', words[named.Unit..named.End]), string.Join(' ', words[named.End..]), string.Empty);
        }

        // "ngan hang nha nuoc" and nothing more: every word is the unit's, none left over as unread ("nuoc").
        if (words.Length <= limit && !(await resolver.UnitAsync(arguments, context.State, ct)).IsNotFound)
        {
            return (string.Join(' ', words), string.Empty, string.Empty, string.Empty);
        }

        if (longestUnit == 0)
        {
            return (arguments, string.Empty, string.Empty, string.Empty);
        }

        // "ngan hang nha nuoc tinh 2 ban giay": "tinh" is neither the unit's name nor a deadline, "2 ban giay" is; the
        // word is handed back as unread, so the command names it instead of looking for a deadline "tinh 2".
        for (var skip = 1; skip <= MaxUnreadWords && longestUnit + skip < limit; skip++)
        {
            var from = longestUnit + skip;
            if ((await DeadlineEndAsync(words, from, limit, context, ct)).End is { } d)
            {
                (from, var number) = await PastWordsNotInTitleAsync(words, from, d, context, ct);
                return (string.Join(' ', words[..longestUnit]), number, string.Join(' ', words[d..]), string.Join(' ', words[longestUnit..from]));
            }
        }

        // "ngan hang nha nuoc tinh" and nothing more: a name typed out and a word or two it lacks are the unit's words,
        // never a deadline "tinh" (a code, "NHNN kh qcdx", keeps what follows as the deadline typed).
        var after = words[longestUnit..];
        if (longestUnit > 1 && after.Length <= MaxUnreadWords && !after.Any(w => w.TrimStart('#').All(char.IsAsciiDigit)))
        {
            return (string.Join(' ', words[..longestUnit]), string.Empty, string.Empty, string.Join(' ', after));
        }

        // No deadline fits after any unit: the words after the longest unit name are the deadline as typed, so the
        // reply quotes them whole ("not found" or choices) instead of moving a word of the unit's name into it.
        return (string.Join(' ', words[..longestUnit]), string.Join(' ', words[longestUnit..]), string.Empty, string.Empty);
    }

    /// <summary>
    /// "so y te tinh #1 nhan hom qua": an explicit "#N" is the deadline, whatever the words before it resemble. The unit
    /// is the longest run of first words naming one, and the words between it and "#N" are handed back as unread, so
    /// the command asks about them; they are never read as a deadline ("tinh" of "tình hình") nor moved into the note.
    /// When no run of them names a unit, they are all the unit's words, for the unit reader to answer about.
    /// </summary>
    private async Task<(string Unit, string Deadline, string Note, string Unread)?> ExplicitNumberAsync(string[] words, TurnContext context, CancellationToken ct)
    {
        var at = Array.FindIndex(words, w => ExplicitNumber().IsMatch(w));
        if (at < 1)
        {
            return null;
        }

        for (var u = Math.Min(at, 12); u >= 1; u--)
        {
            var unitText = string.Join(' ', words[..u]);
            if (!(await resolver.UnitAsync(unitText, context.State, ct)).IsNotFound)
            {
                return (unitText, words[at].TrimEnd(',', '.', ';', ':'), string.Join(' ', words[(at + 1)..]), string.Join(' ', words[u..at]));
            }
        }

        // "bv dk tinh #2": the deadline is plain, only the unit is not read; the words before "#N" go to the unit reader
        // whole, so the reply is about the unit ("Không tìm thấy đơn vị …", or the units it may be), never "đơn vị và việc".
        return (string.Join(' ', words[..at]), words[at].TrimEnd(',', '.', ';', ':'), string.Join(' ', words[(at + 1)..]), string.Empty);
    }

    /// <summary>
    /// "SYT tinh 1 ban giay", "so y te tinh yen bai 1": a bare number a few words after the unit is the deadline's #, as
    /// "#1" is, when such a deadline exists; the words between are asked about, never read as another deadline whose
    /// title holds one of them ("tình hình") with the number moved into the note. The words between keep the deadline when
    /// they are two or more running words of a title ("bao cao nhanh 1 ban giay": one paper copy), and a number of a date
    /// ("nhan 2 hom truoc") or of the unit's own name is left alone.
    /// </summary>
    private async Task<(string Unit, string Deadline, string Note, string Unread)?> BareNumberAsync(string[] words, TurnContext context, CancellationToken ct)
    {
        var at = Array.FindIndex(words, w => BareNumber().IsMatch(w));
        if (at < 2 || IsTimeUnit(words.ElementAtOrDefault(at + 1)) ||
            !(await resolver.UnitAsync(string.Join(' ', words[..(at + 1)]), context.State, ct)).IsNotFound)
        {
            return null;
        }

        var number = "#" + words[at].TrimEnd(',', '.', ';', ':');
        for (var u = at; u >= Math.Max(1, at - MaxUnreadWords - 1); u--)
        {
            var unitText = string.Join(' ', words[..u]);
            if ((await resolver.UnitAsync(unitText, context.State, ct)).IsNotFound)
            {
                continue;
            }

            // "so y te 2", "cuc thue 2": every word before the number is the unit's ("te", "thue" never cut off as
            // unread, nor "cuc" alone left to match five units); the split by words reads the number as the deadline.
            if (u == at)
            {
                return null;
            }

            var between = words[u..at];
            if (between.Any(IsDateWord) || (await resolver.DeadlineAsync(number, context.State, includeClosed: true, ct)).Found is null ||
                await NamesATitleAsync(between, context, ct) || await NamesATitleAsync(words[u..(at + 1)], context, ct))
            {
                return null;
            }

            return (unitText, number, string.Join(' ', words[(at + 1)..]), string.Join(' ', between));
        }

        return null;
    }

    /// <summary>
    /// "truong chinh tri tinh yen bai ke hoach 2027": the deadline read from "bai ke hoach 2027" is read as well from
    /// "ke hoach 2027", and its title has no "bai": that word is the unit's, unread like "yen", never moved into the
    /// deadline. Returns where the deadline's words start and its "#N", so the command offered names it by number.
    /// </summary>
    private async Task<(int From, string Number)> PastWordsNotInTitleAsync(string[] words, int from, int end, TurnContext context, CancellationToken ct)
    {
        var deadline = (await resolver.DeadlineAsync(string.Join(' ', words[from..end]), context.State, includeClosed: true, ct)).Found!;
        var title = Text.DeadlineName.TitleWords(deadline.Title);
        while (from + 1 < end && !title.Contains(Storage.Text.VietnameseFold.Fold(words[from]).Trim(',', '.', ';', ':')) &&
               (await resolver.DeadlineAsync(string.Join(' ', words[(from + 1)..end]), context.State, includeClosed: true, ct)).Found?.Id == deadline.Id)
        {
            from++;
        }

        return (from, $"#{deadline.Id}");
    }

    /// <summary>Two or more words that run on in the one deadline they name ("bao cao nhanh"), not a stray word of it ("tinh").</summary>
    private async Task<bool> NamesATitleAsync(string[] between, TurnContext context, CancellationToken ct)
    {
        var found = (await resolver.DeadlineAsync(string.Join(' ', between), context.State, includeClosed: true, ct)).Found;
        var phrase = Storage.Text.VietnameseFold.Fold(string.Join(' ', between));
        var title = Storage.Text.VietnameseFold.Fold(found?.Title ?? string.Empty);
        return found is not null && (between.Length > 1 || phrase == title) && $" {title} ".Contains($" {phrase} ", StringComparison.Ordinal);
    }

    /// <summary>Words of a received date or of receiving, around which a number is a day, not a deadline's #.</summary>
    private static bool IsDateWord(string? word) =>
        word is not null && Storage.Text.VietnameseFold.Fold(word).TrimEnd(',', '.', ';', ':') is
            "nhan" or "ngay" or "hom" or "hum" or "bua" or "thang" or "tuan" or "mung" or "mong" or "luc" or "gio" or "h" or "thu" or "truoc" or "qua" or "sang" or "chieu" or "toi" or "trua";

    /// <summary>"2 hôm (trước)", "3 ngày", "16 giờ": a number counting time, not a deadline's #.</summary>
    private static bool IsTimeUnit(string? word) =>
        word is not null && Storage.Text.VietnameseFold.Fold(word).TrimEnd(',', '.', ';', ':') is "hom" or "hum" or "ngay" or "bua" or "thang" or "tuan" or "gio" or "h" or "phut";

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{1,6}[,.;:]?$")]
    private static partial System.Text.RegularExpressions.Regex BareNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"^#[0-9]{1,6}[,.;:]?$")]
    private static partial System.Text.RegularExpressions.Regex ExplicitNumber();

    /// <summary>
    /// Where the longest run of words from <paramref name="from"/> that names exactly one deadline ends (the little words
    /// and the note's "bản giấy" after it left out), and where the longest one naming several ends.
    /// </summary>
    private async Task<(int? End, int? AmbiguousEnd)> DeadlineEndAsync(string[] words, int from, int limit, TurnContext context, CancellationToken ct)
    {
        int? ambiguousEnd = null;
        for (var d = limit; d > from; d--)
        {
            var found = await resolver.DeadlineAsync(string.Join(' ', words[from..d]), context.State, includeClosed: true, ct);
            if (found.IsAmbiguous)
            {
                // "kh qcdc 2027 ban giay" with two plans of 2027 open: the name is "kh qcdc 2027", the rest the note,
                // and "Việc nào?" is asked with the note kept.
                ambiguousEnd ??= d;
            }

            if (found.Found is not null)
            {
                // A name need not hold the little words after it ("… qcdc nhé ban giay"): they stay in the note.
                // … unless the title itself ends with it ("Báo cáo nhanh A": its "A" is no "ạ").
                var lastOfTitle = Storage.Text.VietnameseFold.Fold(found.Found.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
                while (d - 1 > from && Text.DeadlineName.IsOptional(words[d - 1]) && Storage.Text.VietnameseFold.Fold(words[d - 1]) != lastOfTitle)
                {
                    d--;
                }

                // "… văn bản ban giay": "bản" before "giấy" is the note's "bản giấy", not a repeat of the name's last word.
                if (d - 1 > from && d < words.Length && NoteKind(words[d - 1], words[d]) &&
                    (await resolver.DeadlineAsync(string.Join(' ', words[from..(d - 1)]), context.State, includeClosed: true, ct)).Found?.Id == found.Found.Id)
                {
                    d--;
                }

                return (d, ambiguousEnd);
            }
        }

        return (null, ambiguousEnd);
    }

    /// <summary>
    /// Asks about words the unit's name lacks ("ngan hang nha nuoc tinh"): the unit read and the words left over are named,
    /// nothing is done, and one tap runs <paramref name="command"/> with the unit as read.
    /// </summary>
    public static void AskAboutUnread(TurnContext context, Storage.Units.Unit unit, string unitPart, string unread, string command) =>
        context.AskWhich($"Đơn vị \"{unitPart} {unread}\": {UnitNameWithExtraWords.Lacks(unit, unread)}, nên bot chưa làm gì. " +
                         $"Ý là {unit.Code}? Gõ 1 để làm: {AsTyped(command)}; nếu không, gõ lại lệnh với mã đơn vị (xem mã: /donvi).",
            [unit], u => $"{u.Name} ({u.Code})", _ => command);

    /// <summary>
    /// "ngan hang nha nuoc tinh" with no deadline after it: the unit problem is named as when a deadline follows, and the
    /// command shown with the unit's code (the whole name and no deadline too). False when the unit does not read.
    /// </summary>
    public async Task<bool> TryWithoutDeadlineAsync(TurnContext context, string unitPart, string unread, string command, CancellationToken ct)
    {
        if ((await resolver.UnitAsync(unitPart, context.State, ct)).Found is not { } unit)
        {
            return false;
        }

        if (unread.Length == 0)
        {
            // "/chuanhan ngan hang nha nuoc": the whole name, and no deadline.
            context.Reply($"Lệnh chưa có việc cho {unit.Name} ({unit.Code}), nên bot chưa làm gì. " +
                          $"Gõ lại với số # của việc, ví dụ: {command} {unit.Code} #3 (gõ /hanchot để xem các việc).");
            return true;
        }

        context.Reply($"Đơn vị \"{unitPart} {unread}\": {UnitNameWithExtraWords.Lacks(unit, unread)}, và lệnh chưa có việc, nên bot chưa làm gì. " +
                      $"Gõ lại với mã đơn vị và số # của việc, ví dụ: {command} {unit.Code} #3 (gõ /hanchot để xem các việc).");
        return true;
    }

    /// <summary>"/ghinhan NHNN; 2; ban giay" as the office would type it: "/ghinhan NHNN #2 ban giay".</summary>
    private static string AsTyped(string command)
    {
        var parts = command.Split("; ");
        if (parts.Length > 1 && parts[1].Length > 0 && parts[1].All(char.IsAsciiDigit))
        {
            parts[1] = "#" + parts[1];
        }

        return string.Join(' ', parts);
    }

    /// <summary>"bản giấy", "bản cứng", "bản chính", "bản scan": how the paper came, the start of the note.</summary>
    private static bool NoteKind(string word, string next) =>
        Storage.Text.VietnameseFold.Fold(word) == "ban" && Storage.Text.VietnameseFold.Fold(next).TrimEnd(',', '.', ';') is "giay" or "cung" or "chinh" or "scan" or "sao" or "goc";
}
