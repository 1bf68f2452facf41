using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>The kind of paper a deadline asks for, read from its title; exports and digests group by it.</summary>
internal static class DeadlineKinds
{
    public static string Infer(string title)
    {
        var folded = VietnameseFold.Fold(title);
        if (folded.Contains("dang ky", StringComparison.Ordinal) || folded.Contains("dan van kheo", StringComparison.Ordinal))
        {
            return "dang-ky";
        }

        if (folded.Contains("ke hoach", StringComparison.Ordinal))
        {
            return "ke-hoach";
        }

        return folded.Contains("bao cao", StringComparison.Ordinal) ? "bao-cao" : "khac";
    }
}
