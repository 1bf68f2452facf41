using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Digest;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/tonghop: the digest now, with the same numbers and comparison the scheduled one would have.</summary>
internal sealed class DigestHandler(DigestService digests) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["tonghop"];

    public Access Access => Access.AdminOrLeader;

    public string Help => "/tonghop — bản tổng hợp tiến độ như bản gửi hằng tuần";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        // Admins always see the missing units; leaders as configured for the weekly digest.
        var digest = await digests.ComposeAsync(context.Caller.IsAdmin || digests.ListMissingUnits, ct, oneMessage: true);
        await digests.SaveAsync(digest, "on_demand", [context.Caller.Key], ct);
        context.Reply(digest.Text);
    }
}
