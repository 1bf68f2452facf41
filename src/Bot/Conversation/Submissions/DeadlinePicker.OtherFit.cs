using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Submissions;

internal sealed partial class DeadlinePicker
{
    /// <summary>
    /// Whether the words name other open deadlines (any unit's) by a longer name than they name <paramref name="found"/>:
    /// "bc so ket" fits the unit's only "Báo cáo …" by "bc" alone and "Báo cáo so ket công tác dân vận" of the chi bộ
    /// by all three words. Titles are compared without diacritics, so one typed without them is read the same.
    /// </summary>
    /// <param name="every">Every unit's open deadlines, as the turn read them once (<see cref="UnitDeadlines.Every"/>).</param>
    private static bool FitsOtherBetter(Deadline found, string words, IReadOnlyList<Deadline> every) =>
        DeadlineMention.Read(every, words).Named.Candidates is { Count: > 0 } fit && fit.All(d => d.Id != found.Id);
}
