using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A deadline named inside a sentence by its title's own words, without the kind of paper it starts with ("xin lùi
/// hạn kiem tra chuyen de 1 tuần" for "Báo cáo kiểm tra chuyên đề …"): the longest run of words that names exactly
/// one of the deadlines, at least two of them meaningful, so one stray word ("gia", "tu") never picks a deadline.
/// </summary>
internal static class BareTitleMention
{
    private const int MeaningfulWords = 2;

    public static Deadline? Find(IReadOnlyList<Deadline> among, string text)
    {
        if (among.Count == 0)
        {
            return null;
        }

        // A date ("20/12") is no part of a name; it ends the run before it.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        (Deadline Deadline, int Meaningful)? best = null;
        var tie = false;
        for (var start = 0; start < words.Length; start++)
        {
            for (var end = words.Length; end > start; end--)
            {
                var run = words[start..end];
                var meaningful = run.Count(w => !DeadlineName.IsOptional(w));
                if (meaningful < MeaningfulWords || (best is { } b && meaningful < b.Meaningful) || run.Any(w => w.Contains('/', StringComparison.Ordinal)))
                {
                    continue;
                }

                if (EntityResolver.Deadline(among, string.Join(' ', run), exactTitleWins: false).Candidates is [var one])
                {
                    if (best is null || meaningful > best.Value.Meaningful)
                    {
                        (best, tie) = ((one, meaningful), false);
                    }
                    else if (best.Value.Deadline.Id != one.Id)
                    {
                        // Two runs as long naming two deadlines: neither is the one meant.
                        tie = true;
                    }

                    break;
                }
            }
        }

        return tie ? null : best?.Deadline;
    }
}
