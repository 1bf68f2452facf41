using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// Whether words typed as a reminder's choice ("đang làm …", "xin gia hạn …") name a deadline other than the reminded
/// one: then they are read as said, never as an answer about the reminded deadline.
/// </summary>
internal sealed class ReminderChoiceName(DeadlineStore deadlines)
{
    public async Task<bool> NamesOtherAsync(string text, long reminded, CancellationToken ct)
    {
        // "dang lam 1 va 7" with the reminder of #2 open: the numbers typed are the deadlines meant, each recorded as
        // typed, never the reminder's one in their place.
        if (DeadlinePicker.TypedNumbers(text) is { Count: > 0 } typed)
        {
            return typed.Any(n => n != reminded);
        }

        if (DeadlinePicker.NamedId(text) is { } id)
        {
            return id != reminded;
        }

        if (!DeadlineMention.MayName(text))
        {
            return false;
        }

        // Every open deadline, the unit's or not: "đang làm tong ket nam" naming another unit's paper is asked about,
        // not put on the reminded one; kind words alone ("đang làm bc") still answer the reminder.
        var mention = DeadlineMention.Read(await deadlines.ListAsync(includeClosed: false, ct), text);
        return mention.NamesOther || (!mention.ByKindOnly && mention.Named.Candidates.Count > 0 && mention.Named.Candidates.All(d => d.Id != reminded));
    }
}
