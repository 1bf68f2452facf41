using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>An open deadline a proposal would repeat: the same units, the same date and a similar title.</summary>
internal static class DuplicateDeadlines
{
    public static Deadline? Find(IReadOnlyList<Deadline> open, string title, DateOnly due, DeadlineScope scope, UnitKind? kind, IReadOnlyList<long> unitIds) =>
        open.FirstOrDefault(d => d.State == DeadlineState.Open && d.DueDate == due && d.Scope == scope && d.ScopeKind == kind
                                 && (scope != DeadlineScope.Units || d.UnitIds.Order().SequenceEqual(unitIds.Distinct().Order()))
                                 && Similar(d.Title, title));

    /// <summary>Most words shared (accents and case ignored), or one title containing the other.</summary>
    public static bool Similar(string a, string b)
    {
        var fa = VietnameseText.Fold(a);
        var fb = VietnameseText.Fold(b);
        if (fa.Contains(fb, StringComparison.Ordinal) || fb.Contains(fa, StringComparison.Ordinal))
        {
            return true;
        }

        var wa = Words(fa);
        var wb = Words(fb);
        var shared = wa.Intersect(wb).Count();
        return shared * 10 >= Math.Min(wa.Count, wb.Count) * 7;
    }

    private static HashSet<string> Words(string folded) =>
        folded.Split([' ', ',', '.', ';', ':', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
