using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Scheduling.Reminders;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/tamdung &lt;việc&gt;: no scheduled reminders for this deadline until /tieptuc.</summary>
internal sealed class PauseRemindersHandler(DeadlineArgument argument, ReminderControl control) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["tamdung"];

    public Access Access => Access.Admin;

    public string Help => "/tamdung <việc> — tạm dừng nhắc việc";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var deadline = await argument.ResolveAsync(context, arguments, d => $"/tamdung #{d.Id}", includeClosed: false, ct);
        if (deadline is not null)
        {
            context.Reply(await control.PauseAsync(deadline.Id, context.Caller.Key, ct)
                ? $"Đã tạm dừng nhắc việc \"{deadline.Title}\". Gõ /tieptuc #{deadline.Id} để nhắc lại."
                : $"Việc \"{deadline.Title}\" đang tạm dừng nhắc rồi.");
        }
    }
}
