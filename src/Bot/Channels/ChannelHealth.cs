using System.Collections.Concurrent;

namespace QcdcBot.Bot.Channels;

/// <summary>
/// When each channel last heard from its platform (a poll that answered, a webhook call that was stored) and last
/// delivered a message. Shown by /healthz; kept in memory, so a restart starts it empty.
/// </summary>
internal sealed class ChannelHealth(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ChannelActivity> _channels = new(StringComparer.OrdinalIgnoreCase);

    public void Received(string channel)
    {
        var now = time.GetUtcNow();
        _channels.AddOrUpdate(channel, _ => new ChannelActivity(now, null), (_, a) => a with { LastReceived = now });
    }

    public void Sent(string channel)
    {
        var now = time.GetUtcNow();
        _channels.AddOrUpdate(channel, _ => new ChannelActivity(null, now), (_, a) => a with { LastSent = now });
    }

    public ChannelActivity For(string channel) => _channels.GetValueOrDefault(channel, new ChannelActivity(null, null));
}

/// <summary>A channel's last successful receive and send, if any since start.</summary>
internal sealed record ChannelActivity(DateTimeOffset? LastReceived, DateTimeOffset? LastSent);
