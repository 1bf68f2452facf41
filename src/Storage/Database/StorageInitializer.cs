using Microsoft.Extensions.Hosting;

namespace QcdcBot.Storage.Database;

/// <summary>Applies migrations when the host starts, so a schema problem stops the start, not the first message.</summary>
internal sealed class StorageInitializer(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
