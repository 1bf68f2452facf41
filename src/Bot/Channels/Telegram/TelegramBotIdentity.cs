using QcdcBot.Bot.Channels.Telegram.Api;
using Telegram.Bot.Types;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Who the bot is on Telegram (getMe), asked once and remembered.</summary>
internal sealed class TelegramBotIdentity(TelegramClient client) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private User? _me;

    public async Task<User> GetAsync(CancellationToken ct)
    {
        if (_me is { } known)
        {
            return known;
        }

        await _lock.WaitAsync(ct);
        try
        {
            return _me ??= await client.GetMeAsync(ct);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
