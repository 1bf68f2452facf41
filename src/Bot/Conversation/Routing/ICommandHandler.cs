namespace QcdcBot.Bot.Conversation.Routing;

/// <summary>One command. The router finds it by name (without "/", diacritics or case) and checks access first.</summary>
internal interface ICommandHandler
{
    /// <summary>Folded names, e.g. "giao"; the first is the one shown in help.</summary>
    IReadOnlyList<string> Names { get; }

    Access Access { get; }

    /// <summary>One line for /trogiup, e.g. "/viec — các việc đang chờ đơn vị".</summary>
    string Help { get; }

    /// <summary>The help line as this person on this channel should read it (Zalo takes no files, say so).</summary>
    string HelpFor(TurnContext context) => Help;

    Task HandleAsync(TurnContext context, string arguments, CancellationToken ct);
}
