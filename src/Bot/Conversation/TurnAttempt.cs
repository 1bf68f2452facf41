namespace QcdcBot.Bot.Conversation;

/// <summary>
/// Which delivery of its event the running turn is: 1 the first, more after a crash cut an earlier one off (each
/// turn commits whole, so the earlier attempt left nothing behind). Set by the inbox processor for the turn's flow.
/// </summary>
internal sealed class TurnAttempt
{
    private readonly AsyncLocal<int> _current = new();

    public int Current
    {
        get => Math.Max(1, _current.Value);
        set => _current.Value = value;
    }

    public bool IsRedelivery => Current > 1;
}
