using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation;

/// <summary>What a file's caption that is a command means: the office's /ghinhan for a unit, or, from anyone else, no deadline.</summary>
internal sealed partial class ConversationBot
{
    /// <summary>
    /// An admin's file captioned "/ghinhan NHNN #2 …", or sent when the bot asks to confirm a /ghinhan: the office
    /// hands in what the unit sent by e-mail. False when the file is about something else, and always for anyone else.
    /// </summary>
    private async Task<bool> TryRecordForUnitAsync(TurnContext context, string text, CancellationToken ct)
    {
        if (!context.Caller.IsAdmin)
        {
            MarkOfficeCaption(context, text);
            return false;
        }

        var arguments = JoinSplitName(CommandLine.Parse(text)) is { Name: "ghinhan" } captioned ? captioned.Arguments : null;
        if (arguments is null && text.Length == 0 && context.State.Pending is { Kind: PendingKind.Commands, Options: [var only, ""] } &&
            CommandLine.Parse(only) is { Name: "ghinhan" } waiting)
        {
            // The file answers "Ghi nhận … ?": it is the copy the unit sent by e-mail.
            context.State = context.State with { Pending = null };
            context.AnsweredPending = true;
            arguments = waiting.Arguments;
        }

        if (arguments is null || router.Find("ghinhan") is not { } handler)
        {
            return false;
        }

        await handler.HandleAsync(context, arguments, ct);
        return true;
    }

    /// <summary>
    /// A secretary's file captioned with a command only the office may use ("/ghinhan SYT #7"): the caption names no
    /// deadline of theirs (it may be another unit's file passed on), so the file is asked about, never filed on its words.
    /// </summary>
    private void MarkOfficeCaption(TurnContext context, string text)
    {
        if (JoinSplitName(CommandLine.Parse(text)) is { HadSlash: true } command && router.Find(command.Name) is { } handler && !CommandRouter.Allows(handler.Access, context.Caller))
        {
            context.OfficeCaption = command.Name;
        }
    }
}
