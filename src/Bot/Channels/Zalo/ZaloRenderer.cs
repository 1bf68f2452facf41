using System.Text;
using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>
/// A message as Zalo texts: choices as numbered options (Zalo has no buttons), NFC-normalised (how Zalo counts is
/// not published; NFC is the shortest form), and split at section boundaries to fit 2000 characters. The Bot API
/// sends no files, so a document becomes a line saying where to get it (a download link, see <see cref="Web.Downloads.DownloadLinks"/>).
/// </summary>
internal static class ZaloRenderer
{
    public const int MaxLength = Api.ZaloBotClient.MaxTextLength;

    public static IReadOnlyList<string> Render(OutboundMessage message, string? documentNote)
    {
        var text = new StringBuilder(NumberedOptions.Render(message));
        if (documentNote is not null)
        {
            text.Append("\n\n").Append(documentNote);
        }

        var normalized = text.ToString().Normalize(NormalizationForm.FormC).Trim();
        return normalized.Length == 0 ? [] : MessageSplitter.Split(normalized, MaxLength);
    }
}
