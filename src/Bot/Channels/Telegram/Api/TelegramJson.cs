using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Telegram.Bot;

namespace QcdcBot.Bot.Channels.Telegram.Api;

/// <summary>
/// Telegram.Bot's JSON options (<see cref="JsonBotAPI.Options"/>, which its client uses for every request written and
/// every answer read) with the library's own build-time metadata (<see cref="JsonBotSerializerContext"/>: the update,
/// the requests, the answers) asked first, so a start no longer builds that metadata by reflection and compiles its
/// accessors; the library's reflection stays behind it for any shape the context lacks (our raw getUpdates request and
/// answer). Names, converters and left-out defaults are the library's either way (<c>TelegramJsonTests</c> shows the
/// same text read and written). The library's options are one object for the whole process and can be changed only
/// before their first use: this is touched before the client is made, and if something used them earlier (another
/// host in the same test process) they stay as the library made them, which reads and writes the same text.
/// </summary>
internal static class TelegramJson
{
    public static JsonSerializerOptions Options { get; } = Prepare(JsonBotAPI.Options);

    /// <summary>Puts the generated metadata first in <paramref name="options"/> unless they are in use already.</summary>
    internal static JsonSerializerOptions Prepare(JsonSerializerOptions options)
    {
        if (!options.IsReadOnly)
        {
            options.TypeInfoResolver = JsonTypeInfoResolver.Combine(JsonBotSerializerContext.Default, options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver());
        }

        return options;
    }
}
