using Telegram.Bot.Types.ReplyMarkups;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Inline buttons by row, readable by index (the library's markup is a sequence of sequences).</summary>
internal sealed record TelegramKeyboard(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard)
{
    public InlineKeyboardMarkup ToMarkup() => new(InlineKeyboard);
}
