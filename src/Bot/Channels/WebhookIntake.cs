using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Inbox;
using QcdcBot.Storage.Inbox;

namespace QcdcBot.Bot.Channels;

/// <summary>
/// What every channel's webhook does once the platform is authenticated and the body read: store the event in the
/// inbox (a second delivery of the same id is ignored), note the channel is alive, wake the processor, and answer 200
/// only once it is stored — a store failure answers 500, so the platform delivers it again.
/// </summary>
internal sealed class WebhookIntake(InboxStore inbox, InboxSignal signal, ChannelHealth health, ILogger<WebhookIntake> logger)
{
    /// <summary>The body as text (the front door already limits its size).</summary>
    public static async Task<string> ReadBodyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        return await reader.ReadToEndAsync(http.RequestAborted);
    }

    public async Task<IResult> AcceptAsync(string channel, string botId, ReceivedEvent received, CancellationToken ct)
    {
        try
        {
            if (await inbox.AcceptAsync(channel, botId, [received], ct) == 0)
            {
                logger.LogInformation("{Channel} event {EventId} delivered again; already received", channel, received.EventId);
            }

            health.Received(channel);
            signal.Notify();
            return Results.Ok();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not stored, so not acknowledged: the platform delivers it again.
            logger.LogError(ex, "{Channel} event {EventId} could not be stored", channel, received.EventId);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }
}
