using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/nopfile (the "Nộp file" button): how to hand in a file.</summary>
internal sealed class SubmitHintHandler(IOptionsMonitor<BotOptions> options) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["nopfile", "nop"];

    public Access Access => Access.Secretary;

    public string Help => "/nopfile — cách nộp tệp";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        context.Reply($"Gửi tệp báo cáo ({string.Join(" ", options.CurrentValue.AllowedFileTypes)}) vào đây, " +
                      "tốt nhất là trả lời (reply) tin nhắn nhắc việc để bot biết tệp nộp cho việc nào. Ảnh chụp từng trang cũng được nhận.");
        return Task.CompletedTask;
    }
}
