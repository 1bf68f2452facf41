using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

internal sealed class RejectExcuseHandler(ExcuseDecision decision) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["khongchapnhan"];

    public Access Access => Access.Admin;

    public string Help => "/khongchapnhan <số> [lý do] — đề nghị đơn vị vẫn nộp; lý do được gửi cho đơn vị";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct) => decision.DecideAsync(context, arguments, accept: false, ct);
}
