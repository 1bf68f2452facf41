using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// "tất cả", "tất cả các đơn vị", "hết", "all" where a command takes one deadline: the person means every deadline
/// (or every unit of one), not a deadline called "tất cả".
/// </summary>
internal static class AllDeadlinesWords
{
    public static bool Match(string query)
    {
        var folded = VietnameseFold.Fold(query).Trim().TrimEnd('.', '!', '?').Trim();
        return folded is "het" or "ca" or "all" or "toan bo" || folded.StartsWith("tat ca", StringComparison.Ordinal) || folded.StartsWith("toan bo ", StringComparison.Ordinal);
    }
}
