using QcdcBot.Bot.Digest;
using QcdcBot.Scheduling.Tallies;

namespace QcdcBot.Bot.Text;

/// <summary>
/// The words for a <see cref="Completion"/>, the same in /tinhhinh, /hanchot, /tonghop, the digest, the export and
/// the office page: excused units count as done, and the split is named whenever there are any.
/// </summary>
internal static class CompletionWording
{
    /// <summary>"67/74 đơn vị đã nộp (91%)", or with excused units "2/2 đơn vị đã xong (100%: 1 nộp, 1 được miễn)".</summary>
    public static string Units(Completion c) => c.Excused == 0
        ? $"{VietnameseWording.Count(c.Done, c.InScope)} đơn vị đã nộp ({Percent(c)})"
        : $"{VietnameseWording.Count(c.Done, c.InScope)} đơn vị đã xong ({Percent(c)}: {Split(c)})";

    /// <summary>"1 nộp, 1 được miễn".</summary>
    public static string Split(Completion c) => $"{c.Submitted} nộp, {c.Excused} được miễn";

    /// <summary>"█████░░░░░ 50%".</summary>
    public static string Bar(Completion c) => $"{TextBar.Draw(c.Done, c.InScope)} {Percent(c)}";

    public static string Percent(Completion c) => VietnameseWording.Percent(c.Done, c.InScope);
}
