namespace QcdcBot.Bot.Channels.Telegram.Api;

internal sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard)
{
    public static InlineKeyboardMarkup Empty { get; } = new([]);
}

internal sealed record InlineKeyboardButton(string Text, string? CallbackData = null, string? Url = null);

internal sealed record ReplyParameters(long MessageId, bool AllowSendingWithoutReply = true);
