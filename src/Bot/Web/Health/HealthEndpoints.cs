using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Channels;
using QcdcBot.Storage.Database;

namespace QcdcBot.Bot.Web.Health;

/// <summary>
/// <c>GET /healthz</c>: 200 when the store answers, 503 when it does not, with each channel's last successful
/// receive and send. Nothing secret or personal: channel names, times, and "ok".
/// </summary>
internal sealed class HealthEndpoints(
    SqliteDatabase database,
    ChannelHealth health,
    IEnumerable<IChannelSender> channels,
    ILogger<HealthEndpoints> logger) : IWebEndpoints
{
    public const string Path = "/healthz";

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet(Path, (Func<HttpContext, Task<IResult>>)CheckAsync);

    private async Task<IResult> CheckAsync(HttpContext http)
    {
        var storeOk = await StoreAnswersAsync(http.RequestAborted);
        var report = new HealthReport(
            storeOk ? "ok" : "unavailable",
            storeOk ? "ok" : "unreachable",
            channels.Select(c => c.Channel).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
                .Select(name => ReportFor(name))
                .ToList());
        return Results.Json(report, statusCode: storeOk ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private ChannelReport ReportFor(string channel)
    {
        var activity = health.For(channel);
        return new ChannelReport(channel, activity.LastReceived, activity.LastSent);
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

    private sealed record ChannelReport(string Channel, DateTimeOffset? LastReceived, DateTimeOffset? LastSent);
}
