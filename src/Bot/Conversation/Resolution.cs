namespace QcdcBot.Bot.Conversation;

/// <summary>What a name typed by a person refers to: one thing, several (ask), or nothing.</summary>
internal sealed record Resolution<T>(T? Found, IReadOnlyList<T> Candidates)
    where T : class
{
    public bool IsAmbiguous => Found is null && Candidates.Count > 1;

    public bool IsNotFound => Found is null && Candidates.Count == 0;

    public static Resolution<T> One(T item) => new(item, [item]);

    public static Resolution<T> None() => new(null, []);

    public static Resolution<T> Many(IReadOnlyList<T> items) => items.Count == 1 ? One(items[0]) : new(null, items);
}
