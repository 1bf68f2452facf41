using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A deadline's units said in one line for a question: units listed one by one that make up a whole group are said in
/// the group's words ("74 chi, đảng bộ cơ sở", "tất cả 77 đơn vị"), and a long list by its count and its first names,
/// never seventy names in a question that asks only "create another?".
/// </summary>
internal static class ScopeInBrief
{
    /// <summary>Up to this many units are named one by one.</summary>
    private const int Named = 5;

    /// <summary>How many names a longer list shows before its count.</summary>
    private const int FirstFew = 3;

    public static string Of(Deadline deadline, IReadOnlyList<Unit> all)
    {
        if (deadline.Scope != DeadlineScope.Units)
        {
            return DeadlineText.Scope(deadline, all);
        }

        var covered = all.Where(deadline.Covers).ToList();
        if (covered.Count == all.Count && all.Count > 0)
        {
            return $"tất cả {all.Count} đơn vị";
        }

        if (covered.Count > 0 && covered.All(u => u.IsGrassroots) && covered.Count == all.Count(u => u.IsGrassroots) && covered.Select(u => u.Kind).Distinct().Count() > 1)
        {
            return $"{covered.Count} chi, đảng bộ cơ sở";
        }

        if (covered.Count > 1 && covered.Select(u => u.Kind).Distinct().ToList() is [var kind] && covered.Count == all.Count(u => u.Kind == kind))
        {
            return $"các {kind.Display()} ({covered.Count} đơn vị)";
        }

        return covered.Count <= Named
            ? string.Join(", ", covered.Select(u => u.Name))
            : $"{covered.Count} đơn vị ({string.Join(", ", covered.Take(FirstFew).Select(u => u.Name))} và {covered.Count - FirstFew} đơn vị khác)";
    }
}
