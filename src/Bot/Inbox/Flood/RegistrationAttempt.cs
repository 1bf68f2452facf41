using System.Text.Json;
using QcdcBot.Bot.Conversation.Commands;

namespace QcdcBot.Bot.Inbox.Flood;

/// <summary>
/// Tells a stored event that tries to register (as <see cref="RegistrationText"/> reads it, the forms the registration
/// flow accepts) from the raw payload of any channel, so the flood cap never silences it: a stranger who wrote too
/// much yesterday-and-today must still be able to use the code the office gave him, and the invite-code throttle
/// already limits guessing.
/// </summary>
internal static class RegistrationAttempt
{
    public static bool Is(string payload)
    {
        if (!payload.Contains("\"text\"", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            return FindText(document.RootElement, depth: 0) is { } text && RegistrationText.IsAttempt(text);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // The message text sits a level or two down (Telegram "message.text", Zalo "message.text"); a bound keeps a hostile payload cheap.
    private static string? FindText(JsonElement element, int depth)
    {
        if (element.ValueKind != JsonValueKind.Object || depth > 4)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("text") && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            if (FindText(property.Value, depth + 1) is { } text)
            {
                return text;
            }
        }

        return null;
    }
}
