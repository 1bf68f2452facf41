using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>What is asked before creating: units matching none, a due date already past, a deadline already open.</summary>
internal sealed partial class LetterFlow
{
    /// <summary>
    /// Units the letter names that match no unit: created for the matched units only when the admin says so, or edited
    /// first, as nothing the letter names may be dropped silently.
    /// </summary>
    private static void AskAboutUnmatched(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<DraftDeadline> unmatched, LetterAnswer answer, string already)
    {
        var numbers = string.Join(',', chosen.Select(i => i.Number));
        var commands = new List<string> { $"tạo {numbers}{Confirmations(answer)} {LetterAnswer.UnmatchedConfirmation}" };
        var labels = new List<string> { "Tạo, chỉ với các đơn vị đã khớp" };
        var others = chosen.Except(unmatched).Where(i => LetterCreation.Problem(i) is null).ToList();
        if (others.Count > 0)
        {
            commands.Add($"tạo {string.Join(',', others.Select(i => i.Number))}{Confirmations(answer)}");
            labels.Add($"Chỉ tạo mục {string.Join(", ", others.Select(i => i.Number))} (đủ đơn vị)");
        }

        commands.Add("chưa tạo");
        labels.Add("Chưa tạo, để sửa đơn vị");
        var first = unmatched[0];
        context.Ask(
            $"{Before(already)}Chưa khớp đơn vị: {string.Join("; ", unmatched.Select(i => $"mục {i.Number}: {string.Join(", ", i.Unmatched.Select(n => $"\"{n}\""))}"))}. " +
            $"Nếu tạo bây giờ, các đơn vị này không được giao việc.\nSửa trước bằng \"sửa {first.Number} cho <mã đơn vị>, …\" (ghi cả các đơn vị đã khớp), hoặc chọn:",
            new PendingQuestion(string.Empty, PendingKind.Commands, commands),
            labels);
    }

    /// <summary>"Đã tạo từ trước: mục 2 → đã tạo việc #1." on its own line, before a question about the rest.</summary>
    private static string Before(string already) => already.Length == 0 ? string.Empty : already + "\n";

    /// <summary>The confirmations already given, kept on the command of the next question.</summary>
    private static string Confirmations(LetterAnswer answer) =>
        (answer.PastConfirmed ? " " + LetterAnswer.PastConfirmation : string.Empty)
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
            new PendingQuestion(string.Empty, PendingKind.Commands, [$"tạo {numbers}{Confirmations(answer)} {LetterAnswer.DayOffMove}", $"tạo {numbers}{Confirmations(answer)} {LetterAnswer.DayOffKeep}", "chưa tạo"]),
            [$"Dời sang ngày làm việc liền trước ({moves})", "Giữ các ngày nghỉ đó", "Chưa tạo"]);
    }

    /// <summary>
    /// As /giao does for a date already past: nothing is created until the admin confirms, edits the date, or creates
    /// only the items still ahead.
    /// </summary>
    private void AskAboutPast(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<DraftDeadline> past, string already)
    {
        var numbers = string.Join(',', chosen.Select(i => i.Number));
        var ahead = chosen.Except(past).Where(i => LetterCreation.Problem(i) is null).ToList();
        var commands = new List<string> { $"tạo {numbers} {LetterAnswer.PastConfirmation}" };
        var labels = new List<string> { past.Count == chosen.Count ? "Vẫn tạo, với hạn đã qua" : $"Tạo cả {LetterCreation.Describe(past)} với hạn đã qua" };
        if (ahead.Count > 0)
        {
            commands.Add($"tạo {string.Join(',', ahead.Select(i => i.Number))}");
            labels.Add($"Chỉ tạo mục {string.Join(", ", ahead.Select(i => i.Number))} (còn hạn)");
        }

        commands.Add("chưa tạo");
        labels.Add("Chưa tạo, để sửa hạn");
        context.Ask(
            $"{Before(already)}Hạn đã qua (hôm nay {VietnameseWording.Date(clock.Today)}): {LetterCreation.Describe(past)}. Việc giao với hạn đã qua bị tính quá hạn ngay." +
            $"\nSửa hạn trước bằng \"sửa {past[0].Number} trước <ngày>\", hoặc chọn:",
            new PendingQuestion(string.Empty, PendingKind.Commands, commands),
            labels);
    }

    /// <summary>As /giao does for a deadline already open: nothing is created twice unless the admin says so.</summary>
    private static void AskAboutDuplicates(TurnContext context, IReadOnlyList<DraftDeadline> chosen, IReadOnlyList<(DraftDeadline Item, long ExistingId)> same, LetterAnswer answer, string already)
    {
        var numbers = string.Join(',', chosen.Select(i => i.Number));
        var others = chosen.Except(same.Select(d => d.Item)).Where(i => LetterCreation.Problem(i) is null).ToList();
        var commands = new List<string> { $"tạo {numbers}{Confirmations(answer)} {LetterAnswer.DuplicateConfirmation}" };
        var labels = new List<string> { "Vẫn tạo, dù trùng" };
        if (others.Count > 0)
        {
            commands.Add($"tạo {string.Join(',', others.Select(i => i.Number))}{Confirmations(answer)}");
            labels.Add($"Chỉ tạo mục {string.Join(", ", others.Select(i => i.Number))} (không trùng)");
        }

        commands.Add("chưa tạo");
        labels.Add("Chưa tạo");
        context.Ask(
            $"{Before(already)}Đã có việc đang mở hoặc đã tạo từ văn bản này, trùng hoặc gần giống: {LetterCreation.DescribeDuplicates(same)}. Tạo nữa sẽ nhắc đơn vị hai lần. Chọn:",
            new PendingQuestion(string.Empty, PendingKind.Commands, commands),
            labels);
    }
}
