using System.Threading.Channels;
using QcdcBot.Storage.Database;

namespace QcdcBot.Bot.Inbox;

/// <summary>Wakes the inbox processor when new events were stored (by any channel's polling or webhook), once they are committed.</summary>
internal sealed class InboxSignal(SqliteDatabase database)
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => database.AfterCommit(() => _signal.Writer.TryWrite(true));

    public async Task WaitAsync(CancellationToken ct) => await _signal.Reader.ReadAsync(ct);
}
