using System.Text;
using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Channels.Local;

/// <summary>A terminal has no buttons: choices are shown as numbered options, answered by typing the number.</summary>
internal static class LocalRenderer
{
    public static string Render(OutboundMessage message)
    {
        var text = new StringBuilder(NumberedOptions.Render(message));
        if (message.Document is { } document)
        {
            text.Append($"\n  [tệp đính kèm: {document.FileName}, {document.Bytes.Length} byte]");
        }

        return text.ToString();
    }
}
