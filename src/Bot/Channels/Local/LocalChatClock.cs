using System.Globalization;

namespace QcdcBot.Bot.Channels.Local;

/// <summary>
/// The terminal chat's clock when <c>LocalChat:Now</c> is set: it starts at that office-local moment and runs on
/// from there, so a tester can play a day weeks ahead without touching the system clock. Only the terminal chat
/// registers it; the real channels always run on the system clock.
/// </summary>
internal sealed class LocalChatClock(TimeProvider system, DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _offset = start - system.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => system.GetUtcNow() + _offset;

    /// <summary>"2026-12-07T09:00" or "2026-12-07 09:00" in the office's zone; null when <paramref name="text"/> is not such a moment.</summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo zone)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];
        if (!DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
