using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A status reply whose words name a deadline the unit has already handed in ("đã gửi qua email bc tự kiểm tra rồi"
/// after the receipt) is about that one: read among the unit's open deadlines (handed in or not), so it is never put
/// on another deadline the words fit only by a kind of paper.
/// </summary>
internal static class HandedInMention
{
    public static Deadline? Find(UnitDeadlines known, string text)
    {
        if (DeadlinePicker.NamedId(text) is not null)
        {
            // "#3 đã gửi": the picker says "đơn vị đã nộp rồi" itself.
            return null;
        }

        var open = known.Open;
        var owed = known.Unsubmitted.Select(d => d.Id).ToHashSet();
        if (owed.Count == open.Count)
        {
            return null;
        }

        var mention = DeadlineMention.Read(open, text);
        var named = mention.Named.Found is { } found ? [found] : mention.Named.Candidates;
        // Several handed-in deadlines named at once ("bc 6 tháng và kh 2027") are said by the picker, which then offers what is owed.
        return !mention.ByKindOnly && named.Count == 1 && !owed.Contains(named[0].Id) ? named[0] : null;
    }
}
