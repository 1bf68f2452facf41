using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /chuanhan &lt;đơn vị&gt; &lt;việc&gt; [lý do]: the office did not receive what a unit says it sent on paper, by iOffice
/// or by e-mail. The unit is told, the claim no longer pauses its reminders, and the tallies count it as silent again.
/// </summary>
internal sealed class RejectSentOutsideHandler(
    UnitArgument units, DeadlineArgument deadlines, UnitAndDeadline split, StatusNoteStore notes, SubmissionStore submissions, SubmissionRecorder recorder,
    Channels.DocumentIntake documents) : ICommandHandler
{
    private const string Usage = "Cách dùng: /chuanhan <mã đơn vị> <việc> [lý do], ví dụ /chuanhan NHNN #2 văn thư chưa nhận được bản giấy";

    public IReadOnlyList<string> Names { get; } = ["chuanhan"];

    public Access Access => Access.Admin;

    public string Help => "/chuanhan <đơn vị> <việc> [lý do] — báo đơn vị: chưa nhận được bài đơn vị nói đã gửi (bản giấy, iOffice, email)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var (unitPart, deadlinePart, typedReason, unread) = await split.SplitAsync(arguments, context, ct);
        var reason = Text.ReasonText.Clean(typedReason);
        if (deadlinePart.Length == 0 && await split.TryWithoutDeadlineAsync(context, unitPart, unread, "/chuanhan", ct))
        {
            return;
        }

        if (unitPart.Length == 0 || deadlinePart.Length == 0)
        {
            context.Reply(arguments.Trim().Length == 0 ? Usage : $"Không nhận ra đơn vị và việc trong \"{arguments.Trim()}\".\n{Usage}");
            return;
        }

        var unit = await units.ResolveAsync(context, unitPart, u => Rebuild(u.Code, deadlinePart, reason), ct);
        if (unit is not null && unread.Length > 0)
        {
            UnitAndDeadline.AskAboutUnread(context, unit, unitPart, unread, Rebuild(unit.Code, deadlinePart, reason));
            return;
        }

        var deadline = unit is null ? null : await deadlines.ResolveAsync(context, deadlinePart, d => Rebuild(unit.Code, $"#{d.Id}", reason), includeClosed: false, ct);
        if (unit is null || deadline is null)
        {
            return;
        }

        if (await submissions.LatestAsync(unit.Id, deadline.Id, ct) is not null)
        {
            context.Reply($"{unit.Name} đã có bài nộp việc #{deadline.Id} \"{deadline.Title}\"; không có gì để báo chưa nhận.");
            return;
        }

        var latest = (await notes.LatestForDeadlineAsync(deadline.Id, ct)).GetValueOrDefault(unit.Id);
        if (latest is not { IsSentOutside: true } claim || !await notes.RejectClaimAsync(claim.Id, context.Caller.Key, ct))
        {
            context.Reply(latest is { IsRejectedClaim: true }
                ? $"Đã báo {unit.Name} chưa nhận được việc #{deadline.Id} trước đó."
                : $"{unit.Name} không báo đã gửi bản giấy, iOffice hay email cho việc #{deadline.Id} \"{deadline.Title}\"; không có gì để báo chưa nhận.");
            return;
        }

        var what = StatusKeywords.Describe(claim.State, claim.Reference);
        var members = await recorder.OtherMembersAsync(unit, null, ct);
        foreach (var to in members)
        {
            // Worded per member's channel: where the bot takes no files, the way in is the upload page.
            var handIn = documents.Takes(to.Channel) ? "Xin gửi tệp qua bot" : $"Xin {Hints.HandIn(false)} rồi nộp tệp";
            context.Send(to, new OutboundMessage(
                $"{context.Names.Office} chưa nhận được bài \"{deadline.Title}\" mà đơn vị báo {what}." +
                (Text.ReasonText.Clean(reason) is { Length: > 0 } why ? $"\nLý do: {why}" : string.Empty) +
                $"\n{handIn} (hoặc gửi lại và báo lại). Bot sẽ tiếp tục nhắc việc này.")
            { AboutDeadlineId = deadline.Id });
        }

        context.Reply(members.Count > 0
            ? $"Đã báo {unit.Name}: chưa nhận được bài \"{deadline.Title}\" (đơn vị báo {what}). Bot nhắc lại đơn vị từ lần nhắc tới."
            : $"Đã ghi: chưa nhận được bài \"{deadline.Title}\" của {unit.Name}; đơn vị chưa có ai nhận tin của bot nên chưa báo được. Bot nhắc lại đơn vị từ lần nhắc tới.");
    }

    private static string Rebuild(string unitCode, string deadlineRef, string reason) =>
        reason.Length == 0 ? $"/chuanhan {unitCode}; {deadlineRef}" : $"/chuanhan {unitCode}; {deadlineRef}; {reason}";
}
