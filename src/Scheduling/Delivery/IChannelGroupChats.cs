namespace QcdcBot.Scheduling.Delivery;

/// <summary>
/// A channel's own notion of which of its chats are groups, which the dispatcher paces per group as well as per chat.
/// Telegram's group ids are negative; Zalo's ids say nothing, only its events do (chat_type). A channel that
/// registers none has no groups.
/// </summary>
public interface IChannelGroupChats
{
    string Channel { get; }

    bool IsGroup(string chatId);
}
