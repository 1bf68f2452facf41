namespace QcdcBot.Bot.Channels;

/// <summary>A channel whose bots cannot receive documents (Zalo): what the bot says points to /nopfile and the upload page.</summary>
internal sealed record NoDocumentIntake(string Channel);

/// <summary>
/// Whether a person on a channel can hand in a file by sending it to the bot. Every channel can unless its folder
/// registers a <see cref="NoDocumentIntake"/>, so the conversation words its advice without knowing any platform.
/// </summary>
internal sealed class DocumentIntake(IEnumerable<NoDocumentIntake> without)
{
    private readonly HashSet<string> _without = without.Select(w => w.Channel).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Takes(string channel) => !_without.Contains(channel);
}
