namespace QcdcBot.Storage.Audit;

internal sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Entity, string EntityId, string Details);
