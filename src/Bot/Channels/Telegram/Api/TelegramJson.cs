using System.Text.Json;
using System.Text.Json.Serialization;

namespace QcdcBot.Bot.Channels.Telegram.Api;

/// <summary>The Bot API speaks snake_case JSON and omits absent fields.</summary>
internal static class TelegramJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static TelegramUpdate? ParseUpdate(string json) => JsonSerializer.Deserialize<TelegramUpdate>(json, Options);
}
