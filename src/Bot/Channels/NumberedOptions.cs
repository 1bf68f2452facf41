using System.Text;
using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Channels;

/// <summary>For channels without buttons (the terminal, Zalo): choices as numbered options, answered by typing the number, and 0 to leave.</summary>
internal static class NumberedOptions
{
    public static string Render(OutboundMessage message)
    {
        var text = new StringBuilder(message.Text);
        for (var i = 0; i < message.Choices.Count; i++)
        {
            text.Append($"\n  {message.Choices[i].Number ?? i + 1}) {message.Choices[i].Label}");
        }

        if (message.Choices.Count > 0 && !message.HasWayOut && !message.Shortcuts)
        {
            // Every typed choice ends with a way out ("0", "không", "hủy" leave the question; see WayOut).
            text.Append($"\n  {WayOut.Number}) {WayOut.LabelFor(message.Choices)}");
        }

        return text.ToString();
    }
}
