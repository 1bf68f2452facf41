namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// "&lt;đơn vị&gt; &lt;việc&gt; [ghi chú]" as /ghinhan and /chuanhan take it: with ";" between the parts, or by words.
/// </summary>
internal sealed class UnitAndDeadline(EntityResolver resolver)
{
    public async Task<(string Unit, string Deadline, string Note)> SplitAsync(string arguments, TurnContext context, CancellationToken ct)
    {
        if (arguments.Contains(';', StringComparison.Ordinal))
        {
            var parts = arguments.Split(';', 3, StringSplitOptions.TrimEntries);
            return (parts[0], parts.ElementAtOrDefault(1) ?? string.Empty, parts.ElementAtOrDefault(2) ?? string.Empty);
        }

        return await SplitByWordsAsync(arguments, context, ct);
    }

    /// <summary>
    /// Without ";": the longest run of first words that names exactly one unit, then the longest run after it that
    /// names exactly one deadline; the rest is the note. "ngan hang nha nuoc ke hoach qcdc ban giay" works, as does
    /// "NHNN #2 bản giấy".
    /// </summary>
    private async Task<(string Unit, string Deadline, string Note)> SplitByWordsAsync(string arguments, TurnContext context, CancellationToken ct)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
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

            for (var d = limit; d > u; d--)
            {
                var deadlineText = string.Join(' ', words[u..d]);
                var found = await resolver.DeadlineAsync(deadlineText, context.State, includeClosed: true, ct);
                if (found.IsAmbiguous)
                {
                    // "kh qcdc 2027 ban giay" with two plans of 2027 open: the name is "kh qcdc 2027", the rest the note,
                    // and "Việc nào?" is asked with the note kept.
                    ambiguous ??= (u, d);
                }

                if (found.Found is not null)
                {
                    // A name need not hold the little words after it ("… qcdc nhé ban giay"): they stay in the note.
                    while (d - 1 > u && Text.DeadlineName.IsOptional(words[d - 1]))
                    {
                        d--;
                    }

                    // "… văn bản ban giay": "bản" before "giấy" is the note's "bản giấy", not a repeat of the name's last word.
                    if (d - 1 > u && d < words.Length && NoteKind(words[d - 1], words[d]) &&
                        (await resolver.DeadlineAsync(string.Join(' ', words[u..(d - 1)]), context.State, includeClosed: true, ct)).Found?.Id == found.Found.Id)
                    {
                        d--;
                    }

                    deadlineText = string.Join(' ', words[u..d]);
                    return (unitText, deadlineText, string.Join(' ', words[d..]));
                }
            }
        }

        if (ambiguous is { } named)
        {
            return (string.Join(' ', words[..named.Unit]), string.Join(' ', words[named.Unit..named.End]), string.Join(' ', words[named.End..]));
        }

        // No deadline fits after any unit: the words after the longest unit name are the deadline as typed, so the
        // reply quotes them whole ("not found" or choices) instead of moving a word of the unit's name into it.
        return longestUnit == 0
            ? (arguments, string.Empty, string.Empty)
            : (string.Join(' ', words[..longestUnit]), string.Join(' ', words[longestUnit..]), string.Empty);
    }

    /// <summary>"bản giấy", "bản cứng", "bản chính", "bản scan": how the paper came, the start of the note.</summary>
    private static bool NoteKind(string word, string next) =>
        Storage.Text.VietnameseFold.Fold(word) == "ban" && Storage.Text.VietnameseFold.Fold(next).TrimEnd(',', '.', ';') is "giay" or "cung" or "chinh" or "scan" or "sao" or "goc";
}
