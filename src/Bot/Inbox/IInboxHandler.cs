using QcdcBot.Storage.Inbox;

namespace QcdcBot.Bot.Inbox;

/// <summary>
/// A channel's part of handling its stored events. <see cref="PrepareAsync"/> reads the raw payload and does the
/// network work (chat actions, answering a button press, downloading files) outside any transaction, so a slow
/// download holds nobody else; the <see cref="InboxTurn"/> it returns does the store work, and the processor runs it
/// in one transaction with the event's "done" mark. A new channel is one registration:
/// <c>services.AddInboxHandler&lt;MyChannelInboxHandler&gt;()</c>.
/// </summary>
internal interface IInboxHandler
{
    /// <summary>The channel name the events are stored under (<c>telegram</c>, <c>zalo</c>).</summary>
    string Channel { get; }

    /// <summary>How long to wait for the rest of a group (an album) after its latest part arrived.</summary>
    TimeSpan GroupWindow { get; }

    /// <summary>How long handled event ids are kept to recognise a second delivery.</summary>
    TimeSpan Retention { get; }

    /// <summary>The turn for these events (one, or the parts of one group), or null when there is nothing to do.</summary>
    Task<InboxTurn?> PrepareAsync(IReadOnlyList<InboxEvent> events, CancellationToken ct);
}

/// <summary>The store side of handling an event: every write it makes (replies in the outbox included) commits together.</summary>
internal delegate Task InboxTurn(CancellationToken ct);
