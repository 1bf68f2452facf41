using System.Text;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// A button's callback_data: "1|" + the choice's payload. The version lets old buttons be recognised after a format
/// change; Telegram allows at most 64 bytes.
/// </summary>
internal static class CallbackData
{
    public const int MaxBytes = 64;

    private const string Prefix = "1|";

    public static string? Encode(string payload)
    {
        var data = Prefix + payload;
        return Encoding.UTF8.GetByteCount(data) <= MaxBytes ? data : null;
    }

    /// <summary>The payload, or null for data of an unknown version, oversize or empty.</summary>
    public static string? Decode(string? data)
    {
        if (string.IsNullOrEmpty(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes || !data.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var payload = data[Prefix.Length..];
        return payload.Trim().Length == 0 ? null : payload;
    }
}
