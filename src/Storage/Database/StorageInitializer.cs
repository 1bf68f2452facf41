using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace QcdcBot.Storage.Database;

/// <summary>
/// Applies migrations when the host starts, so a schema problem stops the start, not the first message. A store
/// another process holds locked (or a full disk) is waited out up to <see cref="StorageOptions.StartTimeout"/>; a
/// fatal fault stops the start at once. Either way the exception reaches Program, which exits non-zero.
/// </summary>
internal sealed class StorageInitializer(SqliteDatabase database, IOptions<StorageOptions> options, TimeProvider time, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var giveUpAt = time.GetUtcNow() + o.StartTimeout;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.MigrateAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (StoreFault.Of(e) is { Fatal: false } fault && time.GetUtcNow() < giveUpAt)
            {
                var delay = Backoff.Capped(attempt, o.RetryFirstDelay, o.RetryMaxDelay);
                logger.LogWarning("The store {Path} cannot be opened yet ({Cause}); trying again in {Delay}", database.FilePath, fault.Cause, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
