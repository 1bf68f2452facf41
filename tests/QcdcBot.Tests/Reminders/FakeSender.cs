using QcdcBot.Scheduling.Delivery;
using QcdcBot.Storage.Delivery;

namespace QcdcBot.Tests.Reminders;

internal sealed record SentCall(long Id, string ChatId, DateTimeOffset At, int Attempt);

/// <summary>Records each send with the fake clock's time and answers as told.</summary>
internal sealed class FakeSender(TimeProvider time) : IMessageSender
{
    private readonly List<SentCall> _calls = [];

    public IReadOnlyList<SentCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public Func<OutboxMessage, SendResult> Answer { get; set; } = m => SendResult.Delivered($"ext-{m.Id}");

    /// <summary>When set, answers in its own time (a send held out on the network), instead of <see cref="Answer"/>.</summary>
    public Func<OutboxMessage, Task<SendResult>>? AnswerLater { get; set; }

    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        lock (_calls)
        {
            _calls.Add(new SentCall(message.Id, message.ChatId, time.GetUtcNow(), message.Attempts));
        }

        return AnswerLater?.Invoke(message) ?? Task.FromResult(Answer(message));
    }
}
