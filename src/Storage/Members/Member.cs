namespace QcdcBot.Storage.Members;

/// <summary>A chat account the bot knows, with where to reach it (its conversation reference).</summary>
internal sealed record Member(
    long Id,
    long? UnitId,
    string Channel,
    string UserId,
    string ChatId,
    string DisplayName,
    MemberRole Role,
    bool Reachable,
    DateTimeOffset BoundAt)
{
    public string Key => $"{Channel}:{UserId}";
}
