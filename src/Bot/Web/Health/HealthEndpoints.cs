using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Channels;
using QcdcBot.Storage.Database;

namespace QcdcBot.Bot.Web.Health;

/// <summary>
/// <c>GET /healthz</c>: 200 when the store answers and every configured channel runs; 503 when the store does not
/// answer or a channel has stopped (its token refused), so a monitor sees a bot that can no longer hear anyone. Each
/// channel's state and last successful receive and send. Nothing secret or personal: channel names, times, states.
/// </summary>
internal sealed class HealthEndpoints(
    SqliteDatabase database,
    ChannelHealth health,
    IEnumerable<IChannelSender> channels,
    ILogger<HealthEndpoints> logger) : IWebEndpoints
{
    public const string Path = "/healthz";

    private const string Running = "ok";

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet(Path, (Func<HttpContext, Task<IResult>>)CheckAsync);

    private async Task<IResult> CheckAsync(HttpContext http)
    {
        var storeOk = await StoreAnswersAsync(http.RequestAborted);
        var reports = channels.GroupBy(c => c.Channel, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ReportFor(g.Key, g.Any(c => c.IsStopped)))
            .ToList();
        var channelsOk = reports.All(r => r.State == Running);
        var status = !storeOk ? "unavailable" : channelsOk ? "ok" : "channel stopped";
        var report = new HealthReport(status, storeOk ? "ok" : "unreachable", reports);
        return Results.Json(report, statusCode: storeOk && channelsOk ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private ChannelReport ReportFor(string channel, bool stopped)
    {
        var activity = health.For(channel);
        return new ChannelReport(channel, stopped ? "stopped" : Running, activity.LastReceived, activity.LastSent);
    }

    private async Task<bool> StoreAnswersAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await database.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Health check: the store does not answer ({Reason})", ex.Message);
            return false;
        }
    }

    private sealed record HealthReport(string Status, string Store, IReadOnlyList<ChannelReport> Channels);

    private sealed record ChannelReport(string Channel, string State, DateTimeOffset? LastReceived, DateTimeOffset? LastSent);
}
