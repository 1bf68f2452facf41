using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace QcdcBot.Bot.Channels.Telegram.Api;

/// <summary>
/// getUpdates with each update left as raw JSON: one malformed update (a null, an id beyond Int64, a date past year
/// 9999) must not make the whole batch unreadable, or the offset could never move past it. Our offset is an Int64.
/// </summary>
internal sealed class RawUpdatesRequest(long offset, int timeout, IReadOnlyList<UpdateType> allowedUpdates) : RequestBase<JsonElement[]>("getUpdates")
{
    [JsonPropertyName("offset")]
    public long Offset { get; } = offset;

    [JsonPropertyName("timeout")]
    public int Timeout { get; } = timeout;

    [JsonPropertyName("allowed_updates")]
    public IReadOnlyList<UpdateType> AllowedUpdates { get; } = allowedUpdates;
}
