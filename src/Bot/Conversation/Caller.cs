using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation;

/// <summary>Who is speaking and what they may do.</summary>
internal sealed record Caller(string Key, Member? Member, Unit? Unit, bool IsAdmin, bool IsLeader)
{
    public bool IsSecretary => Unit is not null;

    public bool IsKnown => IsAdmin || IsLeader || IsSecretary;
}
