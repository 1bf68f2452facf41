using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// What is asked before creating: units matching none, a due date already past or guessed, a deadline already open.
/// "2" is "Không, chưa tạo" in each, as in every confirmation of the bot; a narrower choice ("Chỉ tạo mục …") is 3.
/// </summary>
internal sealed partial class LetterFlow
{
    /// <summary>
    /// Units the letter names that match no unit: created for the matched units only when the admin says so, or edited
    /// first, as nothing the letter names may be dropped silently.
    /// </summary>
    private static void AskAboutUnmatched(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<DraftDeadline> unmatched, LetterAnswer answer, string already)
    {
        var first = unmatched[0];
        AskBeforeCreating(context,
            $"{Before(already)}Chưa khớp đơn vị: {string.Join("; ", unmatched.Select(i => $"mục {i.Number}: {string.Join(", ", i.Unmatched.Select(n => $"\"{n}\""))}"))}. " +
            $"Nếu tạo bây giờ, các đơn vị này không được giao việc.\nSửa trước bằng \"sửa {first.Number} cho <mã đơn vị>, …\" (ghi cả các đơn vị đã khớp), hoặc chọn:",
            chosen, unmatched, answer, LetterAnswer.UnmatchedConfirmation, "Tạo, chỉ với các đơn vị đã khớp", "Không, chưa tạo (để sửa đơn vị)", "đủ đơn vị");
    }

    /// <summary>
    /// Every question before creating: 1 create the chosen items anyway, 2 "Không, chưa tạo" (as 2 is in every
    /// confirmation: the habitual "2" creates nothing), 3 only the items the question is not about, when there are any.
    /// </summary>
    /// <param name="also">One more choice after those (the command it runs, its label): "gắn" for a corrected or extension letter.</param>
    private static void AskBeforeCreating(TurnContext context, string text, IReadOnlyList<DraftDeadline> chosen, IEnumerable<DraftDeadline> asked, LetterAnswer answer, string confirmation, string yes, string no, string othersAre,
        (string Command, string Label)? also = null)
    {
        var commands = new List<string> { $"tạo {string.Join(',', chosen.Select(i => i.Number))}{Confirmations(answer)} {confirmation}", "chưa tạo" };
        var labels = new List<string> { yes, no };
        var others = chosen.Except(asked).Where(i => LetterCreation.Problem(i) is null).ToList();
        if (others.Count > 0)
        {
            commands.Add($"tạo {string.Join(',', others.Select(i => i.Number))}{Confirmations(answer)}");
            labels.Add($"Chỉ tạo mục {string.Join(", ", others.Select(i => i.Number))} ({othersAre})");
        }

        if (also is var (command, label))
        {
            commands.Add(command);
            labels.Add(label);
        }

        context.Ask(text, new PendingQuestion(string.Empty, PendingKind.Commands, commands), labels);
    }

    /// <summary>"từ văn bản này" only for what this letter made before: a deadline of another letter or of /giao is only "đang mở".</summary>
    private static string DuplicatesHeading(IReadOnlyList<(DraftDeadline Item, long ExistingId)> same) =>
        same.All(d => d.Item.CreatedAs == d.ExistingId) ? "Đã tạo việc từ văn bản này trước đây"
        : same.All(d => d.Item.CreatedAs is null) ? "Đã có việc đang mở trùng hoặc gần giống"
        : "Đã có việc đang mở hoặc đã tạo từ văn bản này, trùng hoặc gần giống";

    /// <summary>"Đã tạo từ trước: mục 2 → đã tạo việc #1." on its own line, before a question about the rest.</summary>
    private static string Before(string already) => already.Length == 0 ? string.Empty : already + "\n";

    /// <summary>The confirmations already given, kept on the command of the next question.</summary>
    private static string Confirmations(LetterAnswer answer) =>
        (answer.PastConfirmed ? " " + LetterAnswer.PastConfirmation : string.Empty)
        + (answer.GuessConfirmed ? " " + LetterAnswer.GuessConfirmation : string.Empty)
        + (answer.UnmatchedConfirmed ? " " + LetterAnswer.UnmatchedConfirmation : string.Empty)
        + (answer.DuplicateConfirmed ? " " + LetterAnswer.DuplicateConfirmation : string.Empty);

    /// <summary>
    /// Items due on days off (a Saturday, a holiday): all named in one question, moved to the working day before or
    /// kept there as the admin chooses, none created on a day off without being asked.
    /// </summary>
    private void AskAboutDaysOff(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<DraftDeadline> offDays, LetterAnswer answer, string already)
    {
        var numbers = string.Join(',', chosen.Select(i => i.Number));
        var moves = string.Join("; ", offDays.Select(i => $"mục {i.Number} → {VietnameseWording.DateWithWeekday(dayOff.WorkingDayBefore(i.Due!.Value))}"));
        context.Ask(
            $"{Before(already)}Hạn vào ngày nghỉ: {string.Join(", ", offDays.Select(i => $"mục {i.Number} ({VietnameseWording.Date(i.Due!.Value)}, {dayOff.DayOffName(i.Due!.Value)})"))}. Chọn:",
            new PendingQuestion(string.Empty, PendingKind.Commands, [$"tạo {numbers}{Confirmations(answer)} {LetterAnswer.DayOffMove}", "chưa tạo", $"tạo {numbers}{Confirmations(answer)} {LetterAnswer.DayOffKeep}"]),
            [$"Dời sang ngày làm việc liền trước ({moves})", "Không, chưa tạo", "Giữ các ngày nghỉ đó"]);
    }

    /// <summary>
    /// As /giao does for a date already past: nothing is created until the admin confirms, edits the date, or creates
    /// only the items still ahead.
    /// </summary>
    private void AskAboutPast(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<DraftDeadline> past, LetterAnswer answer, string already) =>
        AskBeforeCreating(context,
            $"{Before(already)}Hạn đã qua (hôm nay {VietnameseWording.Date(clock.Today)}): {LetterCreation.Describe(past)}. Việc giao với hạn đã qua bị tính quá hạn ngay." +
            $"\nSửa hạn trước bằng \"sửa {past[0].Number} trước <ngày>\", hoặc chọn:",
            chosen, past, answer, LetterAnswer.PastConfirmation,
            past.Count == chosen.Count ? "Vẫn tạo, với hạn đã qua" : $"Tạo cả {LetterCreation.Describe(past)} với hạn đã qua", "Không, chưa tạo (để sửa hạn)", "còn hạn");

    /// <summary>
    /// A due date the bot changed or guessed, or a title naming another year (see <see cref="LetterCreation.Doubted"/>):
    /// each named with the date as written and as proposed; created with that date only when the admin says so.
    /// </summary>
    private void AskAboutGuesses(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<DraftDeadline> doubted, LetterAnswer answer, string already) =>
        AskBeforeCreating(context,
            $"{Before(already)}Hạn chưa chắc, cần kiểm tra lại: {creation.DescribeDoubts(doubted)}." +
            $"\nSửa hạn trước bằng \"sửa {doubted[0].Number} trước <ngày>\", hoặc chọn:",
            chosen, doubted, answer, LetterAnswer.GuessConfirmation,
            doubted.Count == chosen.Count ? "Vẫn tạo, với hạn nêu trên" : $"Tạo cả mục {string.Join(", ", doubted.Select(i => i.Number))} với hạn nêu trên", "Không, chưa tạo (để sửa hạn)", "hạn rõ");

    /// <summary>
    /// As /giao does for a deadline already open: nothing is created twice unless the admin says so. Items of a corrected
    /// or extension letter whose deadline is open (<paramref name="attachable"/>) are offered "gắn" too: the deadline
    /// moved and the letter attached, no second deadline.
    /// </summary>
    private static void AskAboutDuplicates(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<(DraftDeadline Item, long ExistingId)> same, LetterAnswer answer, string already,
        IReadOnlyList<(DraftDeadline Item, Storage.Deadlines.Deadline Open)> attachable) =>
        AskBeforeCreating(context,
            $"{Before(already)}{DuplicatesHeading(same)}: {LetterCreation.DescribeDuplicates(same)}. Tạo nữa sẽ nhắc đơn vị hai lần. Chọn:",
            chosen, same.Select(d => d.Item), answer, LetterAnswer.DuplicateConfirmation, "Vẫn tạo, dù trùng", "Không, chưa tạo", "không trùng",
            attachable.Count == 0 ? null
                : ($"gắn {string.Join(',', attachable.Select(a => a.Item.Number))}",
                   "Gắn văn bản vào việc đang có, không tạo thêm: " + string.Join("; ", attachable.Select(a => $"việc #{a.Open.Id}" +
                       (a.Open.DueDate != a.Item.Due ? $" dời hạn {VietnameseWording.Date(a.Open.DueDate)} → {VietnameseWording.Date(a.Item.Due!.Value)}" : " (hạn giữ nguyên)")))));

    /// <summary>
    /// The items of a corrected or extension letter whose deadline is still open: what "gắn" can take (the very same
    /// letter sent twice has nothing to attach).
    /// </summary>
    private async Task<IReadOnlyList<(DraftDeadline Item, Storage.Deadlines.Deadline Open)>> AttachableAsync(IReadOnlyList<LetterDraft> waiting, IReadOnlyList<(DraftDeadline Item, long ExistingId)> same, CancellationToken ct)
    {
        var attachable = new List<(DraftDeadline, Storage.Deadlines.Deadline)>();
        foreach (var (item, id) in same.Where(d => (d.Item.CreatedAs ?? d.Item.Moves) == d.ExistingId))
        {
            if (await deadlines.GetAsync(id, ct) is { State: Storage.Deadlines.DeadlineState.Open } open
                && await builder.AttachesAsync(item, open, waiting.FirstOrDefault(d => d.Items.Contains(item))?.DatedOn, ct))
            {
                attachable.Add((item, open));
            }
        }

        return attachable;
    }
}
