using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.Submissions;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/chuyenviec #N: the file the bot just filed by its guess goes to deadline N instead (see <see cref="MisfiledFlow"/>).</summary>
internal sealed class MoveFilingHandler(MisfiledFlow misfiled) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["chuyenviec"];

    public Access Access => Access.Secretary;

    public string Help => "/chuyenviec #<số> — chuyển bài vừa nộp mà bot đoán việc (\"Hiểu là việc …\") sang việc đúng";

    public Task HandleAsync(TurnContext context, string arguments, CancellationToken ct) => misfiled.MoveToAsync(context, arguments, ct);
}
