using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/giao &lt;tên&gt; trước &lt;ngày&gt; [cho &lt;đơn vị&gt;…|tất cả]: an admin sets a deadline.</summary>
internal sealed class AssignHandler(DeadlineCreation creation) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["giao"];

    public Access Access => Access.Admin;

    public string Help => "/giao <tên việc> trước <ngày> [cho <đơn vị>, …|tất cả|đảng bộ|chi bộ|đoàn thể] [hằng năm] — giao việc có hạn";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct) => creation.StartAsync(context, arguments, ct);

    /// <inheritdoc cref="DeadlineCreation.TryAnswerUnitsAsync"/>
    public Task<bool> TryAnswerUnitsAsync(TurnContext context, string text, CancellationToken ct) => creation.TryAnswerUnitsAsync(context, text, ct);
}
