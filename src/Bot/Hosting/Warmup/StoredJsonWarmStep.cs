using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Delivery;

namespace QcdcBot.Bot.Hosting.Warmup;

/// <summary>
/// The JSON the bot keeps in its store, through the very options each owner uses (their metadata is cached per
/// options instance): a reply's outbox body (every turn that answers) and the conversation state (every turn). In
/// memory only.
/// </summary>
internal sealed class StoredJsonWarmStep : IWarmStep
{
    public string Name => "stored JSON";

    public Task RunAsync(CancellationToken ct)
    {
        OutboxBody.FromJson(new OutboxBody("·", [], AboutDeadlineId: 1, Document: null, ReplyToMessageId: "1").ToJson());
        ConversationStateAccessor.Warm();
        return Task.CompletedTask;
    }
}
