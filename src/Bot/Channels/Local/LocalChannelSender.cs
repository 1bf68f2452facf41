using QcdcBot.Bot.Conversation;

namespace QcdcBot.Bot.Channels.Local;

/// <summary>Reminders and other proactive messages to terminal users are printed where the chat runs.</summary>
internal sealed class LocalChannelSender(LocalConsole console, LocalChoices choices) : IChannelSender
{
    private long _sent;

    public string Channel => LocalChat.Channel;

    public async Task<string?> SendAsync(ConversationReference to, OutboundMessage message, CancellationToken ct)
    {
        // Remembered before it is shown, so a number typed as soon as the message appears already answers it.
        await choices.RememberAsync(to, message, ct);
        await console.Output.WriteLineAsync($"\nbot → {to.Channel}:{to.ChatId}: {LocalRenderer.Render(message)}");
        await console.Output.FlushAsync(ct);
        return Interlocked.Increment(ref _sent).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
