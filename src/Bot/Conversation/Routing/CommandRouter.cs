namespace QcdcBot.Bot.Conversation.Routing;

/// <summary>Finds the handler for a command name and enforces who may run it.</summary>
internal sealed class CommandRouter
{
    private readonly Dictionary<string, ICommandHandler> _byName = new(StringComparer.Ordinal);

    public CommandRouter(IEnumerable<ICommandHandler> handlers)
    {
        Handlers = handlers.ToList();
        foreach (var handler in Handlers)
        {
            foreach (var name in handler.Names)
            {
                _byName.Add(name, handler);
            }
        }
    }

    public IReadOnlyList<ICommandHandler> Handlers { get; }

    public ICommandHandler? Find(string foldedName) => _byName.GetValueOrDefault(foldedName);

    public static bool Allows(Access access, Caller caller) => access switch
    {
        Access.Everyone => true,
        Access.Secretary => caller.IsSecretary,
        Access.AdminOrLeader => caller.IsAdmin || caller.IsLeader,
        _ => caller.IsAdmin,
    };
}
