using QcdcBot.Scheduling.Delivery;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Telegram's group and supergroup ids are negative; a private chat's id is the person's (positive) id.</summary>
internal sealed class TelegramGroupChats : IChannelGroupChats
{
    public string Channel => TelegramAdapter.ChannelName;

    public bool IsGroup(string chatId) => chatId.StartsWith('-');
}
