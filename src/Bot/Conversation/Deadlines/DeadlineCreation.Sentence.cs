using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Letters;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

internal sealed partial class DeadlineCreation
{
    /// <summary>
    /// A letter's sentence (see <see cref="LetterSentence"/>) read by the letters reader, as /congvan reads it: the
    /// /giao command to go on with ("Kế hoạch thực hiện QCDC năm 2027 trước ngày 10/4/2027 cho các chi, đảng bộ cơ
    /// sở"), or null once the bot has asked for the title instead (one the reader can make only of the kind of paper,
    /// "Báo cáo", or none at all): the whole sentence never becomes the title.
    /// </summary>
    private async Task<string?> ReadSentenceAsync(TurnContext context, string arguments, DatePhrase found, DateOnly due, CancellationToken ct)
    {
        var phrase = arguments.Substring(found.Start, found.Length);
        var draft = await letters.BuildAsync(arguments, clock.Today, ct);
        var item = draft.Items.Count == 1 && draft.Items[0].Due == due ? draft.Items[0] : null;
        var all = await units.AllAsync(ct);
        var yearly = VietnameseFold.Fold(arguments[(found.Start + found.Length)..]).Contains("hang nam", StringComparison.Ordinal) ? " hằng năm" : string.Empty;
        var scope = item is null || item.ScopeNote is not null || item.Several.Count > 0 || ScopeWords(item, all) is not { Length: > 0 } words ? null : words;
        if (item is not null && scope is not null &&
            UnitsWithoutCho.Mentioned(arguments[..found.Start], all).Where(u => item.Scope != DeadlineScope.Units || !item.UnitIds.Contains(u.Id)).Select(u => u.Code).ToList() is { Count: > 0 } missed)
        {
            // "… yêu cầu Chi bộ Thanh tra tỉnh và Chi bộ Cục Thống kê báo cáo …", "đề nghị chi bộ thanh tra tỉnh và đảng bộ
            // sở y tế báo cáo …": a unit the sentence names by its kind and name is never left out unsaid, nor read as a
            // group; the confirmation then names every one.
            scope = string.Join(", ", item.Scope == DeadlineScope.Units ? [scope, .. missed] : missed);
        }
        if (item is not null && scope is not null && Sensible(item.Title))
        {
            return $"{item.Title} {phrase} cho {scope}{yearly}";
        }

        context.Reply("Câu này giống câu trong công văn; bot chưa đặt được tên việc ngắn gọn từ câu này" +
                      (item is not null && scope is null ? " và chưa rõ những đơn vị nào" : string.Empty) +
                      ", nên chưa tạo việc nào. Xin gõ lại với tên việc (việc đơn vị phải làm, ví dụ \"Báo cáo tự kiểm tra\"):\n" +
                      $"/giao <tên việc> {phrase} cho {scope ?? "<mã đơn vị>, …"}{yearly}\n" +
                      "Hoặc dán cả văn bản sau /congvan để bot đọc các hạn nộp trong đó.");
        return null;
    }

    /// <summary>The confirmation of a deadline read from a letter's sentence: the title is the bot's reading, so it is shown first.</summary>
    /// <param name="fromDate">The command read from the sentence, from its date on ("trước ngày 10/4/2027 cho …"): what to retype with another title.</param>
    private static void AskSentence(TurnContext context, PendingDeadline pending, string scope, string sentence, string fromDate)
    {
        var retype = $"/giao <tên việc> {fromDate.Trim()}";
        context.Ask(
            $"Câu này giống câu trong công văn, bot đọc như /congvan đọc:\nTên việc: {pending.Title}\n" +
            $"Hạn: {VietnameseWording.DateWithWeekday(pending.DueDate)}\nĐơn vị: {scope}\n" +
            $"(câu gốc: \"{Quoted(sentence)}\")\nGiao việc này? Muốn tên khác thì trả lời 2 rồi gõ lại: {retype}",
            new PendingQuestion(string.Empty, PendingKind.ConfirmDeadline, [Yes, No]) { Deadline = pending, YesOption = 1 },
            ["Đúng, giao việc", "Không, hủy"]);
    }

    private static string Quoted(string sentence) => sentence.Length <= 160 ? sentence.Trim() : sentence[..157].TrimEnd() + "…";

    /// <summary>A title that says what the work is: not only its kind, not the reader's fallback, not the sentence again.</summary>
    private static bool Sensible(string title) =>
        !DeadlineTitle.OnlyAKind(title) && title != "Việc theo văn bản" && !LetterSentence.Looks(title)
        && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 20;

    /// <summary>The item's units as /giao reads them: a group by its words, named units by code (unmatched names as written).</summary>
    private static string ScopeWords(DraftDeadline item, IReadOnlyList<Unit> all) => item.Scope switch
    {
        DeadlineScope.All => "tất cả các đơn vị",
        DeadlineScope.Grassroots => "các chi, đảng bộ cơ sở",
        DeadlineScope.Kind => item.ScopeKind switch
        {
            UnitKind.ChiBo => "các chi bộ",
            UnitKind.DangBo => "các đảng bộ cơ sở",
            _ => "các đoàn thể khối",
        },
        _ => string.Join(", ", item.UnitIds.Select(id => all.FirstOrDefault(u => u.Id == id)?.Code).OfType<string>().Concat(item.Unmatched)),
    };

    /// <summary>The units as the confirmation names them.</summary>
    private static string Described(ParsedScope scope, IReadOnlyList<Unit> all)
    {
        if (scope.Note is { } note)
        {
            return note;
        }

        var covered = all.Where(scope.Covers).ToList();
        return scope.Scope switch
        {
            DeadlineScope.All => $"tất cả {covered.Count} đơn vị",
            DeadlineScope.Grassroots => $"{covered.Count} chi, đảng bộ cơ sở",
            DeadlineScope.Kind => $"các {scope.Kind!.Value.Display()} ({covered.Count} đơn vị)",
            _ when covered.Count <= 10 => string.Join(", ", covered.Select(u => $"{u.Name} ({u.Code})")),
            _ => $"{covered.Count} đơn vị: {string.Join(", ", covered.Take(5).Select(u => u.Code))} và {covered.Count - 5} đơn vị khác",
        };
    }
}
