using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Web.Upload;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/nopfile [việc] (the "Nộp file" choice): how to hand in a file, with personal upload links when the page is on.</summary>
internal sealed class SubmitHintHandler(IOptionsMonitor<BotOptions> options, DeadlinePicker picker, UploadLinks uploads) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["nopfile", "nop"];

    public Access Access => Access.Secretary;

    public string Help => "/nopfile [việc] — cách nộp tệp, đường dẫn trang nộp tệp";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var types = string.Join(" ", options.CurrentValue.AllowedFileTypes);
        var member = context.Caller.Member;
        if (!uploads.Enabled || member is null)
        {
            context.Reply($"Gửi tệp báo cáo ({types}) vào đây, " +
                          "tốt nhất là trả lời (reply) tin nhắn nhắc việc để bot biết tệp nộp cho việc nào. Ảnh chụp từng trang cũng được nhận.");
            return;
        }

        var (chosen, candidates) = await picker.PickAsync(context, context.Caller.Unit!, arguments, ct);
        var shown = chosen is not null ? [chosen] : candidates.Take(8).ToList();
        if (shown.Count == 0)
        {
            context.Reply("Đơn vị hiện không có việc nào đang mở để nộp.");
            return;
        }

        var lines = new List<string> { $"Nộp tệp ({types}) tại trang riêng của bạn:" };
        foreach (var deadline in shown)
        {
            lines.Add($"• #{deadline.Id} {deadline.Title}:\n  {await uploads.ForAsync(member, deadline.Id, ct)}");
        }

        lines.Add($"Mỗi đường dẫn dùng được nhiều lần trong {uploads.LifetimeText}. Ảnh chụp từng trang có thể gửi thẳng vào đây.");
        context.Reply(string.Join('\n', lines));
    }
}
