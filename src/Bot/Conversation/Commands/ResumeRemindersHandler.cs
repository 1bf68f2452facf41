using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Scheduling.Reminders;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/tieptuc &lt;việc&gt;: reminders resume; of the slots missed meanwhile only the latest is sent.</summary>
internal sealed class ResumeRemindersHandler(DeadlineArgument argument, ReminderControl control) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["tieptuc"];

    public Access Access => Access.Admin;

    public string Help => "/tieptuc <việc> — nhắc việc trở lại";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var deadline = await argument.ResolveAsync(context, arguments, d => $"/tieptuc #{d.Id}", includeClosed: false, ct);
        if (deadline is not null)
        {
            context.Reply(await control.ResumeAsync(deadline.Id, context.Caller.Key, ct)
                ? $"Đã bật lại nhắc việc \"{deadline.Title}\"."
                : $"Việc \"{deadline.Title}\" không bị tạm dừng.");
        }
    }
}
