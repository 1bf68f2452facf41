using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// Letters that change what another letter asked: a recall or a postponement ("Hoãn thời hạn gửi … theo Công văn số
/// 2051-CV/ĐUK … (trước ngày 15/12/2026) đến khi có thông báo mới") names the open deadline made from the cited letter
/// and what the office does with it; a replacing letter ("Công văn này thay thế Công văn số 2318-CV/ĐUK …") moves it.
/// </summary>
internal sealed partial class ProposalBuilder
{
    private const string RecalledWhy = "ngày trong văn bản bị thu hồi, không phải hạn nộp";
    private const string PostponedWhy = "ngày trong văn bản được hoãn, không phải hạn nộp";

    /// <summary>
    /// Why a recalled or postponed date is left out, naming the open deadline given from the letter it cites: it still
    /// reminds the units until the office cancels or moves it. Other reasons come back as they are.
    /// </summary>
    private async Task<string> NamingTheGivenAsync(string why, string sentence, string? ownNumber, IReadOnlyList<Deadline> open, DateOnly? date, CancellationToken ct)
    {
        var postponed = why.StartsWith(PostponedWhy, StringComparison.Ordinal);
        if (!postponed && !why.StartsWith(RecalledWhy, StringComparison.Ordinal) || await CorrectedAsync(sentence, ownNumber, open, date, ct) is not { } given)
        {
            return why;
        }

        var named = $"việc #{given.Id} \"{given.Title}\" (hạn {VietnameseWording.Date(given.DueDate)}) giao theo văn bản đó vẫn đang mở và vẫn nhắc các đơn vị";
        return postponed
            ? $"{PostponedWhy}; {named}: hủy bằng /huyhan #{given.Id} (giao lại khi có thông báo mới) hoặc dời hạn bằng /suahan #{given.Id} trước <ngày>"
            : $"{RecalledWhy}; {named}: hủy bằng /huyhan #{given.Id}";
    }

    /// <summary>
    /// "Công văn này thay thế Công văn số 2318-CV/ĐUK ngày 30/11/2026": the number of the letter replaced, and its kind and
    /// number as written ("Công văn số 2318-CV/ĐUK"); null when the letter replaces none.
    /// </summary>
    private static (string Number, string Written)? ReplacedLetter(string text) =>
        ReplacesRegex().Match(FoldedText.Of(text).Value) is { Success: true } replaces && CitedLetter(text, replaces.Index) is { } written
            ? (written[(written.LastIndexOf(' ') + 1)..], written) : null;

    /// <summary>
    /// The open deadline a replacing letter's item moves: one given from the replaced letter, of a similar title for the
    /// same units or fewer, or the only one it gave when this letter asks one thing. Null when none.
    /// </summary>
    private async Task<Deadline?> ReplacedAsync(string replaced, DraftDeadline item, IReadOnlyList<Deadline> open, bool onlyItem, CancellationToken ct)
    {
        var ids = await letters.DeadlinesFromNumberAsync(replaced, ct);
        var given = open.Where(d => d.State == DeadlineState.Open && ids.Contains(d.Id)).ToList();
        return await duplicates.ExtendedAsync(item.Candidate(), given, ct) ?? (onlyItem && given.Count == 1 ? given[0] : null);
    }

    // "thay thế Công văn số …", "thay cho Kế hoạch số …", "(thay thế Công văn số …)".
    [GeneratedRegex(@"(?<!\p{L})thay\s+(?:the|cho)\s+(?:cho\s+)?" + Document + @"\s+so(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ReplacesRegex();
}
