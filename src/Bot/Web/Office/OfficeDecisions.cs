using System.Globalization;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Commands;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Delivery;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Web.Office;

/// <summary>
/// The approve/refuse buttons of the page run the chat's own decisions (/duyet, /tuchoi, /chapnhan,
/// /khongchapnhan): the same checks, the same audit rows, the unit told in chat through the outbox.
/// </summary>
internal sealed class OfficeDecisions(ExtensionDecision extensions, ExcuseDecision excuses, MemberStore members, OutboxWriter outbox, IOptionsMonitor<BotOptions> options)
{
    public Task<string> ExtensionAsync(OfficeViewer viewer, long requestId, bool approve, CancellationToken ct) =>
        RunAsync(viewer, $"giahan:{requestId}", context => extensions.DecideAsync(context, Id(requestId), approve, ct, canAsk: false), ct);

    public Task<string> ExcuseAsync(OfficeViewer viewer, long noteId, bool accept, CancellationToken ct) =>
        RunAsync(viewer, $"khongphatsinh:{noteId}", context => excuses.DecideAsync(context, Id(noteId), accept, ct, canAsk: false), ct);

    private async Task<string> RunAsync(OfficeViewer viewer, string key, Func<TurnContext, Task> decide, CancellationToken ct)
    {
        var separator = viewer.Person.IndexOf(':', StringComparison.Ordinal);
        var channel = viewer.Person[..separator];
        var userId = viewer.Person[(separator + 1)..];
        var member = await members.FindAsync(channel, userId, ct);
        var activity = new InboundActivity(channel, member?.ChatId ?? userId, userId, viewer.DisplayName, string.Empty, []);
        // A button on a page that shows the request is a choice that names its target: no second "are you sure?".
        var context = new TurnContext(activity, string.Empty, new Caller(viewer.Person, member, null, viewer.IsAdmin, viewer.IsLeader), new ConversationState())
        {
            Names = options.CurrentValue.Names,
            ByChoice = true,
        };
        await decide(context);

        // A request is decided once, so its id keys the unit's notice: a repeated click enqueues nothing twice.
        await outbox.EnqueueTurnAsync(activity, new TurnResult([], context.Proactive), $"web:{key}", ct);
        return string.Join('\n', context.Replies.Select(r => r.Text));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
