using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

internal sealed class AcceptExcuseHandler(ExcuseDecision decision) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["chapnhan"];

    public Access Access => Access.Admin;

    public string Help => "/chapnhan <số> — chấp nhận đơn vị không có nội dung phát sinh (thôi nhắc)";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct) => decision.DecideAsync(context, arguments, accept: true, ct);
}
