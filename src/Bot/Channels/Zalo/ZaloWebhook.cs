using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Zalo.Api;
using QcdcBot.Bot.Web;

namespace QcdcBot.Bot.Channels.Zalo;

/// <summary>
/// Webhook mode: Zalo's POSTs at <c>Zalo:WebhookPath</c> on the web front door; the webhook is registered at start.
/// A request without the right <c>X-Bot-Api-Secret-Token</c> gets 403 and stores nothing; a good one (wrapped or
/// bare) is stored in the inbox — a second delivery of the same message_id is ignored — and answered 200 at once.
/// </summary>
internal sealed class ZaloWebhook(
    ZaloBotClient client,
    WebhookIntake intake,
    IOptions<ZaloOptions> options,
    ILogger<ZaloWebhook> logger) : IHostedService, IWebEndpoints
{
    public const string Header = "X-Bot-Api-Secret-Token";

    private readonly string _botId = BotToken.IdOf(options.Value.Token);

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(options.Value.WebhookPath, (Func<HttpContext, Task<IResult>>)ReceiveAsync);

    public Task StartAsync(CancellationToken cancellationToken) =>
        WebhookRegistration.RegisterAsync("Zalo", _botId, options.Value.WebhookPath, options.Value.WebhookUrl,
            c => client.SetWebhookAsync(options.Value.WebhookUrl, options.Value.WebhookSecret, c), ex => ex is ZaloApiException or ZaloUnavailableException, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        if (!SecretHeader.Matches(http.Request.Headers[Header].FirstOrDefault(), options.Value.WebhookSecret))
        {
            logger.LogWarning("Zalo webhook call refused: wrong or missing secret token (from {Remote})", http.Connection.RemoteIpAddress);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var body = await WebhookIntake.ReadBodyAsync(http);
        if (ZaloEvent.Parse(body) is not { } update)
        {
            if (LooksLikeEvent(body))
            {
                // An event Zalo sent without the fields we need (no sender or chat): answering 400 would make Zalo
                // deliver it again forever, so it is taken, logged (never its text) and dropped, with nothing stored.
                logger.LogWarning("Zalo webhook event without sender or chat ignored ({Length} characters)", body.Length);
                return Results.Ok();
            }

            logger.LogWarning("Zalo webhook call with no event in it ({Length} characters)", body.Length);
            return Results.BadRequest();
        }

        return await intake.AcceptAsync(ZaloAdapter.ChannelName, _botId, ZaloUpdateHandler.Received(update, body), http.RequestAborted);
    }

    /// <summary>A JSON object shaped as Zalo's event (bare or wrapped in "result"), whatever is missing inside it.</summary>
    private static bool LooksLikeEvent(string body)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("result", out var result))
            {
                root = result;
            }

            return root.ValueKind == System.Text.Json.JsonValueKind.Object && (root.TryGetProperty("event_name", out _) || root.TryGetProperty("message", out _));
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
