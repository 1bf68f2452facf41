using System.Collections.Frozen;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Channels.Zalo;

namespace QcdcBot.Bot.Channels;

/// <summary>The longest text message each channel takes; messages are split to fit before they are queued.</summary>
internal static class ChannelTextLimits
{
    /// <summary>For a channel not listed: Zalo's limit, the smallest of the channels we expect.</summary>
    public const int Default = 2000;

    private static readonly FrozenDictionary<string, int> Known = new Dictionary<string, int>
    {
        [TelegramAdapter.ChannelName] = TelegramRenderer.MaxLength,
        [ZaloAdapter.ChannelName] = ZaloRenderer.MaxLength,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static int For(string channel) => Known.GetValueOrDefault(channel, Default);
}
