using System.Threading.Channels;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>Wakes the update processor when new updates were stored (by polling or the webhook).</summary>
internal sealed class TelegramInboxSignal
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _signal.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken ct) => await _signal.Reader.ReadAsync(ct);
}
