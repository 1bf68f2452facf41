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
        // Someone the settings already name has nothing to ask the office for: say what they are instead.
        var already = context.Caller switch
        {
            { IsAdmin: true, IsLeader: true } => "quản trị bot (Bot:Admins) và lãnh đạo (Bot:Leaders)",
            { IsAdmin: true } => "quản trị bot (Bot:Admins)",
            { IsLeader: true } => "lãnh đạo (Bot:Leaders)",
            _ => null,
        };
        context.Reply(Line(context.Caller.Key) + (already is not null ? $" Bạn đã là {already}, không cần cấp quyền thêm."
            // A unit's secretary reads no setting names: what they are, and that the office may use the code.
            : context.Caller is { IsSecretary: true, Unit: { } unit } ? $" Bạn đang là người nộp báo cáo của {unit.Name}. Nếu cần cấp thêm quyền cho bạn, {context.Names.Office} dùng mã này; bạn chỉ cần gửi mã cho {context.Names.Office} khi được hỏi."
            : $" {context.Names.Office} ghi mã này vào Bot:Admins (quản trị) hoặc Bot:Leaders (lãnh đạo) để cấp quyền."));
        return Task.CompletedTask;
    }

    public static string Line(string callerKey) => $"Mã tài khoản chat của bạn: {callerKey}.";
}
