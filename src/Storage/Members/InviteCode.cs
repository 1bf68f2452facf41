namespace QcdcBot.Storage.Members;

internal sealed record InviteCode(long Id, long UnitId, string Code, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, string? UsedBy);

internal enum BindOutcome
{
    Bound,
    UnknownCode,
    Expired,
    AlreadyUsed,
}

internal sealed record BindResult(BindOutcome Outcome, Member? Member, long? PreviousUnitId);
