using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Delivery;

/// <summary>
/// Every message the bot sends is written here first and delivered by the dispatcher, so a crash loses nothing.
/// A turn's messages carry dedupe keys made from the update they answer: processing the same update again after a
/// crash enqueues nothing new, so nothing is sent twice.
/// </summary>
internal sealed class OutboxWriter(OutboxStore outbox, SubmissionStore files, OutboxSignal signal)
{
    private readonly AsyncLocal<bool> _muted = new();

    /// <summary>Until the scope ends, what this flow enqueues is dropped: the answers to a flooding account (see FloodGate).</summary>
    public IDisposable Mute()
    {
        _muted.Value = true;
        return new Unmute(_muted);
    }

    public async Task EnqueueTurnAsync(InboundActivity activity, TurnResult result, string turnKey, CancellationToken ct)
    {
        var items = new List<OutboxItem>();
        var n = 0;
        foreach (var reply in result.Replies)
        {
            foreach (var part in Parts(reply, activity.Channel))
            {
                items.Add(await ItemAsync(activity.Reference, part, $"{turnKey}:{n++}", ct));
            }
        }

        foreach (var proactive in result.Proactive)
        {
            foreach (var part in Parts(proactive.Message, proactive.To.Channel))
            {
                items.Add(await ItemAsync(proactive.To, part, $"{turnKey}:{n++}", ct));
            }
        }

        await EnqueueAsync(items, ct);
    }

    public async Task EnqueueAsync(ConversationReference to, OutboundMessage message, string? dedupeKey, CancellationToken ct) =>
        await EnqueueAsync([await ItemAsync(to, message, dedupeKey, ct)], ct);

    public async Task<OutboxItem> ItemAsync(ConversationReference to, OutboundMessage message, string? dedupeKey, CancellationToken ct)
    {
        OutboxDocument? document = null;
        if (message.Document is { } d)
        {
            document = new OutboxDocument(d.FileName, d.ContentType, await files.PutFileAsync(d.Bytes, ct));
        }

        var body = new OutboxBody(message.Text, message.Choices, message.AboutDeadlineId, document, message.ReplyToMessageId, message.HasWayOut, message.Shortcuts);
        return new OutboxItem(to.Channel, to.ChatId, to.UserId, body.ToJson(), dedupeKey);
    }

    /// <summary>
    /// A message too long for its channel becomes one outbox row per part, so a failure part-way retries only the
    /// parts not yet sent. Buttons and the document go with the last part, the thread reply with the first.
    /// </summary>
    internal static IReadOnlyList<OutboundMessage> Parts(OutboundMessage message, string channel)
    {
        var texts = MessageSplitter.Split(message.Text, Channels.ChannelTextLimits.For(channel));
        if (texts.Count == 1)
        {
            return [message];
        }

        return texts.Select((text, i) => i == texts.Count - 1
                ? message with { Text = text, ReplyToMessageId = null }
                : new OutboundMessage(text) { AboutDeadlineId = message.AboutDeadlineId, ReplyToMessageId = i == 0 ? message.ReplyToMessageId : null })
            .ToList();
    }

    public async Task EnqueueAsync(IReadOnlyList<OutboxItem> items, CancellationToken ct)
    {
        if (items.Count == 0 || _muted.Value)
        {
            return;
        }

        await outbox.EnqueueAsync(items, ct);
        signal.Pulse();
    }

    private sealed class Unmute(AsyncLocal<bool> muted) : IDisposable
    {
        public void Dispose() => muted.Value = false;
    }
}
