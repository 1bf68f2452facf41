using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/toi: a person's own &lt;channel&gt;:&lt;id&gt;, so the office can make them an admin or leader without reading logs.</summary>
internal sealed class WhoAmIHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["toi"];

    public Access Access => Access.Everyone;

    public string Help => "/toi — mã tài khoản chat của bạn";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        context.Reply(Line(context.Caller.Key) + " Văn phòng ghi mã này vào Bot:Admins (quản trị) hoặc Bot:Leaders (lãnh đạo) để cấp quyền.");
        return Task.CompletedTask;
    }

    public static string Line(string callerKey) => $"Mã tài khoản chat của bạn: {callerKey}.";
}
