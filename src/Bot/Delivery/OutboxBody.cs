using System.Text.Json;
using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Delivery;

/// <summary>
/// How an <see cref="OutboundMessage"/> is kept in the outbox. A document's bytes go to the content-addressed file
/// store and the body names them by SHA-256, so an export does not bloat the outbox row.
/// </summary>
internal sealed record OutboxBody(string Text, IReadOnlyList<Choice> Choices, long? AboutDeadlineId, OutboxDocument? Document, string? ReplyToMessageId = null, bool HasWayOut = false, bool Shortcuts = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static OutboxBody FromJson(string json) =>
        JsonSerializer.Deserialize<OutboxBody>(json, Json) ?? throw new JsonException("Empty outbox body.");
}

internal sealed record OutboxDocument(string FileName, string ContentType, string Sha256);
