namespace QcdcBot.Bot.Hosting.Warmup;

/// <summary>
/// Set when the first getUpdates has gone out. Cold start is timed to that call, so the start-up warm-up waits for it
/// rather than competing with the path to it.
/// </summary>
internal sealed class FirstPoll
{
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Sent => _sent.Task;

    public void MarkSent() => _sent.TrySetResult();
}
