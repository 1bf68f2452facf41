namespace QcdcBot.Bot.Conversation.Routing;

internal enum Access
{
    Everyone,
    Secretary,
    AdminOrLeader,
    Admin,
}
