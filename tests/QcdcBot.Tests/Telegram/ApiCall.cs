using System.Text.Json.Nodes;

namespace QcdcBot.Tests.Telegram;

/// <summary>One recorded Bot API call: the method, its parameters (JSON body or form fields), an uploaded file, and when.</summary>
public sealed record ApiCall(string Method, JsonObject Body, byte[]? Upload, TimeSpan At)
{
    /// <summary>The request body exactly as it came, for a multipart upload.</summary>
    public byte[]? RawBody { get; init; }

    /// <summary>What the fake answered (for sendMessage: the sent message, with its message_id).</summary>
    public JsonNode? Result { get; set; }
}
