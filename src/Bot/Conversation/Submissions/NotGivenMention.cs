using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// "ds bao cao vien" when that deadline was not given to the unit: say so ("#6 … không giao cho đơn vị") rather than
/// only that the words fit none of its deadlines; null when the words name no open deadline outside the unit's scope.
/// </summary>
internal static class NotGivenMention
{
    public static async Task<string?> NoteAsync(DeadlineStore deadlines, Unit unit, string text, CancellationToken ct)
    {
        var open = await deadlines.ListAsync(includeClosed: false, ct);
        Deadline? named;
        // "#6", or a caption that is only the number ("6"), as captions are read.
        if ((DeadlinePicker.NamedId(text) ?? (long.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bare) ? bare : null)) is { } id)
        {
            named = open.FirstOrDefault(d => d.Id == id && !d.Covers(unit));
        }
        else
        {
            var mention = DeadlineMention.Read(open, text);
            named = !mention.ByKindOnly && mention.Named.Candidates is { Count: > 0 } fit && fit.All(d => !d.Covers(unit)) ? fit[0] : null;
        }

        return named is null ? null : $"việc #{named.Id} \"{named.Title}\" không giao cho đơn vị";
    }
}
