using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>A file's name that names another paper than the deadline it was sent for, and the open deadline it fits, if any.</summary>
internal sealed record OtherPaperNameFound(string FileName, string Said, Deadline? Fits);

/// <summary>
/// Words that are no name of a deadline: another kind of paper or period than its title ("bao cao so ket 6 thang" for
/// "Kế hoạch … 2027", "bao cao thang 11" for "Báo cáo 6 tháng"). Chat asks instead of filing when a caption or a
/// file's name reads so against the deadline it would take (the last reminded one, "#N"); the upload page asks the same
/// before filing under the link's deadline.
/// </summary>
internal static class OtherPaperName
{
    public static bool Against(string words, string title) =>
        TitleSimilarity.Contradicts(PageWords.Without(words), title) || OtherNumber.In(words, title);

    /// <summary>
    /// The first of <paramref name="names"/> whose name reads as a caption (<see cref="FileNameCaption"/>) naming another
    /// paper than <paramref name="chosen"/>, with the other open deadline it names when one fits; null when every name
    /// fits it or says nothing (a camera's name, "bao cao.docx").
    /// </summary>
    public static OtherPaperNameFound? InFileNames(Deadline chosen, IReadOnlyList<Deadline> open, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (FileNameCaption.Read(name) is { } said && Against(said, chosen.Title))
            {
                // Only a deadline the name does not contradict in turn: "bao cao thang 11" is no name of "Báo cáo 6 tháng" either.
                var others = open.Where(d => d.Id != chosen.Id && !Against(said, d.Title)).ToList();
                var fits = EntityResolver.Deadline(others, PageWords.Without(said), exactTitleWins: false).Found
                           ?? DeadlineMention.Read(others, said).Named.Found;
                return new OtherPaperNameFound(name, said, fits);
            }
        }

        return null;
    }
}
