using QcdcBot.Storage.Database;

namespace QcdcBot.Scheduling.Resilience;

/// <summary>Port: tells the admins about a store fault through a channel that still works. Implemented by the Bot.</summary>
internal interface IStoreAlert
{
    /// <summary>True once the admins were told (queued or sent); false to be asked again at the next retry.</summary>
    Task<bool> TellAdminsAsync(StoreFault fault, DateTimeOffset since, CancellationToken ct);
}
