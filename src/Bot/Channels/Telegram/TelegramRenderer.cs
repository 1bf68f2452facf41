using System.Text;
using QcdcBot.Bot.Conversation;
using Telegram.Bot.Types.ReplyMarkups;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>One Telegram message to send: escaped HTML and, on the last part, the buttons.</summary>
internal sealed record RenderedPart(string Html, TelegramKeyboard? Keyboard);

/// <summary>Turns an <see cref="OutboundMessage"/> into Telegram messages: choices become inline buttons, one per row.</summary>
internal static class TelegramRenderer
{
    /// <summary>Telegram refuses text messages over 4096 characters.</summary>
    public const int MaxLength = 4096;

    public static IReadOnlyList<RenderedPart> Render(OutboundMessage message)
    {
        var text = message.Text;
        TelegramKeyboard? keyboard = null;
        if (message.Choices.Count > 0)
        {
            var buttons = message.Choices.Select(c => CallbackData.Encode(c.Payload) is { } data ? InlineKeyboardButton.WithCallbackData(c.Label, data) : null).ToList();
            if (buttons.All(b => b is not null))
            {
                keyboard = new TelegramKeyboard(buttons.Select(b => (IReadOnlyList<InlineKeyboardButton>)[b!]).ToList());
            }
            else
            {
                // A payload too long for a button: fall back to numbered options, answered by typing the number.
                var numbered = new StringBuilder(text);
                for (var i = 0; i < message.Choices.Count; i++)
                {
                    numbered.Append($"\n{i + 1}) {message.Choices[i].Label}");
                }

                text = numbered.ToString();
            }
        }

        // Telegram counts the text after entity parsing, so the limit applies to the unescaped text.
        var parts = MessageSplitter.Split(text, MaxLength);
        return parts.Select((p, i) => new RenderedPart(TelegramHtml.Escape(p), i == parts.Count - 1 ? keyboard : null)).ToList();
    }
}
