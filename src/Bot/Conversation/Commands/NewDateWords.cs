using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// The words the office puts between a deadline and its new date in /suahan ("hạn mới", "sang", "thành", "lùi đến",
/// "→", "="): they join the two and name no deadline, so they are cut off the deadline's side before it is looked up.
/// </summary>
internal static class NewDateWords
{
    private static readonly HashSet<string> Joining = ["han", "sang", "thanh", "den", "toi", "lui", "lai", "doi", "sua", "la", "vao", "ngay", "them", "khoang"];

    private static readonly char[] Marks = [' ', '\t', ',', ':', '=', '>', '-', '→', '⇒'];

    public static string Cut(string deadlinePart)
    {
        var text = deadlinePart.TrimEnd(Marks);
        while (text.LastIndexOfAny([' ', '\t']) is var space and > 0)
        {
            var word = VietnameseFold.Fold(text[(space + 1)..]);
            // "mới" only as "hạn mới": alone it may end a title ("Kế hoạch mới").
            var joins = Joining.Contains(word)
                        || (word == "moi" && VietnameseFold.Fold(text[..space].TrimEnd()).EndsWith(" han", StringComparison.Ordinal));
            if (!joins)
            {
                break;
            }

            text = text[..space].TrimEnd(Marks);
        }

        return text;
    }
}
