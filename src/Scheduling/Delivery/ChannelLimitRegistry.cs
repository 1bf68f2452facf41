using Microsoft.Extensions.Options;

namespace QcdcBot.Scheduling.Delivery;

/// <summary>The rate limits a channel registered for itself (<see cref="DispatchServiceCollectionExtensions.AddChannelRateLimits"/>).</summary>
internal sealed class ChannelLimitRegistry(IEnumerable<ChannelLimitRegistration> registrations, IOptionsMonitor<ChannelRateLimits> limits)
{
    private readonly HashSet<string> _channels = registrations.Select(r => r.Channel).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public ChannelRateLimits? Find(string channel) => _channels.Contains(channel) ? limits.Get(channel.ToLowerInvariant()) : null;
}

/// <summary>A channel that brought its own limits.</summary>
internal sealed record ChannelLimitRegistration(string Channel);
