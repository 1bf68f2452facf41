using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Inbox;
using QcdcBot.Storage.Inbox;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>
/// Webhook mode: a small web server of the channel's own that takes Telegram's POSTs at <c>Telegram:WebhookPath</c>.
/// A request without the right secret header gets 401 and changes nothing; a good one is stored in the inbox (a second
/// delivery of the same update_id is ignored) and answered 200 at once — the processor does the work.
/// </summary>
internal sealed class TelegramWebhookServer(
    TelegramClient client,
    InboxStore inbox,
    InboxSignal signal,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookServer> logger) : IHostedService, IAsyncDisposable
{
    private const long MaxBodyBytes = 1024 * 1024;

    private readonly string _botId = TelegramBotId.FromToken(options.Value.Token);
    private WebApplication? _app;

    /// <summary>The addresses the server listens on (with the real port when configured with port 0).</summary>
    public IReadOnlyList<string> Addresses => _app?.Urls.ToList() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(settings.WebhookListenUrl);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        var app = builder.Build();
        app.MapPost(settings.WebhookPath, (Func<HttpContext, Task<IResult>>)ReceiveAsync);
        await app.StartAsync(cancellationToken);
        _app = app;
        logger.LogInformation("Telegram webhook for bot {BotId} listening at {Addresses}{Path}", _botId, string.Join(", ", app.Urls), settings.WebhookPath);

        if (!string.IsNullOrWhiteSpace(settings.WebhookUrl))
        {
            try
            {
                await client.SetWebhookAsync(settings.WebhookUrl, settings.WebhookSecret, cancellationToken);
                logger.LogInformation("Telegram webhook registered");
            }
            catch (Exception ex) when (ex is TelegramApiException or TelegramUnavailableException)
            {
                // The server still takes updates if the webhook was registered before; say loudly that this failed.
                logger.LogError("Telegram webhook registration failed: {Reason}", ex.Message);
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        if (!WebhookSecret.Matches(http.Request.Headers[WebhookSecret.Header].FirstOrDefault(), options.Value.WebhookSecret))
        {
            logger.LogWarning("Telegram webhook call refused: wrong or missing secret token (from {Remote})", http.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }

        string body;
        using (var reader = new StreamReader(http.Request.Body))
        {
            body = await reader.ReadToEndAsync(http.RequestAborted);
        }

        if (TelegramUpdateInfo.From(body) is not { } update)
        {
            return Results.BadRequest();
        }

        try
        {
            var added = await inbox.AcceptAsync(TelegramAdapter.ChannelName, _botId, [update], http.RequestAborted);
            if (added == 0)
            {
                logger.LogInformation("Telegram update {UpdateId} delivered again; already received", update.EventId);
            }

            signal.Notify();
            return Results.Ok();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not stored, so not acknowledged: Telegram will deliver it again.
            logger.LogError(ex, "Telegram update {UpdateId} could not be stored", update.EventId);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }
}
