using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;

namespace QcdcBot.Bot.Conversation;

internal sealed partial class QuestionStack
{
    /// <summary>
    /// A number typed while a message that reached the person on its own (a reminder, a request to decide) is the open
    /// question and their files still wait for "nộp cho việc nào?" or "thêm vào bài nộp trước hay nộp làm bản mới?": when
    /// both take that number, nothing is written and the bot names both, with how to answer each. "#3" (a deadline's own
    /// number) offered only by the files' question answers it: it becomes the open question here and the caller answers
    /// it. True when the turn is answered here.
    /// </summary>
    private static bool TryFilesToo(TurnContext context, string text)
    {
        if (!TypedChoice.TryRead(text, out var number, out var hashed) || number == WayOut.Number ||
            context.State is not { Pending: { Asked: null } top, ParkedUpload: { Kind: PendingKind.UploadDeadline or PendingKind.PageOrVersion, Numbers: { } offered } files } || !offered.Contains(number))
        {
            return false;
        }

        var pageOrVersion = files.Kind == PendingKind.PageOrVersion;
        if (hashed && !pageOrVersion && top.Numbers?.Contains(number) != true)
        {
            // The message in between is put aside, as any question a later one displaces, unless another already is.
            context.State = context.State with { Pending = files with { Then = null }, ParkedUpload = files.Then, Displaced = context.State.Displaced ?? top };
            return false;
        }

        if (IndexOf(top, number) is not { } index)
        {
            return false;
        }

        var payload = top.Options[index];
        var label = top.Labels.ElementAtOrDefault(index) ?? payload;
        var typed = payload.Length > 0 && !payload.StartsWith("/chon ", StringComparison.Ordinal) ? payload : label;
        var about = top.Shown ?? (top.AboutDeadlineId is { } id ? $"việc #{id}" : "tin nhắn vừa nhận");
        var choice = files.Labels.ElementAtOrDefault(offered.ToList().IndexOf(number));
        // "thêm vào hay bản mới?" has no "#": it is answered by its number once the message on top is answered in words.
        var filesSide = pageOrVersion
            ? $"số {number} là \"{choice}\" (việc #{files.AboutDeadlineId}). Nếu ý là vậy, trả lời câu trên bằng chữ trước (ví dụ: {typed}), rồi bot hỏi lại câu này"
            : $"số {number} là việc {choice ?? $"#{number}"}. Nếu ý là vậy, gõ: #{number}";
        context.Reply(BothFit(number, Line(about, number, label, typed), $"{WaitingFilesText.Describe(files.Files)} chưa nộp: {filesSide}"));
        return true;
    }
}
