using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Web;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// Webhook mode: Telegram's POSTs at <c>Telegram:WebhookPath</c> on the web front door; the webhook is registered at start.
/// A request without the right secret header gets 401 and changes nothing; a good one is stored in the inbox (a second
/// delivery of the same update_id is ignored) and answered 200 at once — the processor does the work.
/// </summary>
internal sealed class TelegramWebhook(
    TelegramClient client,
    WebhookIntake intake,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhook> logger) : IHostedService, IWebEndpoints
{
    private readonly string _botId = BotToken.IdOf(options.Value.Token);

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(options.Value.WebhookPath, (Func<HttpContext, Task<IResult>>)ReceiveAsync);

    public Task StartAsync(CancellationToken cancellationToken) =>
        WebhookRegistration.RegisterAsync("Telegram", _botId, options.Value.WebhookPath, options.Value.WebhookUrl,
            c => client.SetWebhookAsync(options.Value.WebhookUrl, options.Value.WebhookSecret, c), ex => ex is TelegramApiException or TelegramUnavailableException, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        if (!SecretHeader.Matches(http.Request.Headers[WebhookSecret.Header].FirstOrDefault(), options.Value.WebhookSecret))
        {
            logger.LogWarning("Telegram webhook call refused: wrong or missing secret token (from {Remote})", http.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }

        var body = await WebhookIntake.ReadBodyAsync(http);
        if (TelegramUpdateInfo.From(body) is not { } update)
        {
            // The secret matched, so Telegram sent it: refused, it would be delivered again and again. Acknowledged and skipped.
            logger.LogWarning("Telegram webhook body is not an update ({Length} characters); skipped", body.Length);
            return Results.Ok();
        }

        return await intake.AcceptAsync(TelegramAdapter.ChannelName, _botId, update, http.RequestAborted);
    }
}
