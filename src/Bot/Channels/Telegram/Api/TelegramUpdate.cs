namespace QcdcBot.Bot.Channels.Telegram.Api;

// The parts of the Bot API's Update object the bot reads (https://core.telegram.org/bots/api#update).
// Unknown fields are ignored, so new Telegram fields never break parsing.

internal sealed record TelegramUpdate(
    long UpdateId,
    TelegramMessage? Message = null,
    TelegramMessage? EditedMessage = null,
    TelegramCallbackQuery? CallbackQuery = null,
    TelegramChatMemberUpdated? MyChatMember = null);

internal sealed record TelegramMessage(
    long MessageId,
    TelegramChat Chat,
    long Date = 0,
    TelegramUser? From = null,
    string? Text = null,
    string? Caption = null,
    TelegramDocument? Document = null,
    IReadOnlyList<TelegramPhotoSize>? Photo = null,
    string? MediaGroupId = null,
    TelegramMessage? ReplyToMessage = null,
    InlineKeyboardMarkup? ReplyMarkup = null);

internal sealed record TelegramChat(long Id, string Type, string? Title = null, string? Username = null, string? FirstName = null, string? LastName = null)
{
    public bool IsGroup => Type is "group" or "supergroup";
}

internal sealed record TelegramUser(long Id, bool IsBot = false, string? FirstName = null, string? LastName = null, string? Username = null);

internal sealed record TelegramDocument(string FileId, string? FileUniqueId = null, string? FileName = null, string? MimeType = null, long? FileSize = null);

internal sealed record TelegramPhotoSize(string FileId, int Width, int Height, string? FileUniqueId = null, long? FileSize = null);

internal sealed record TelegramCallbackQuery(string Id, TelegramUser From, TelegramMessage? Message = null, string? Data = null);

internal sealed record TelegramChatMemberUpdated(TelegramChat Chat, TelegramUser From, TelegramChatMember OldChatMember, TelegramChatMember NewChatMember, long Date = 0);

internal sealed record TelegramChatMember(string Status, TelegramUser User)
{
    public bool IsIn => Status is "member" or "administrator" or "creator" or "restricted";
}
