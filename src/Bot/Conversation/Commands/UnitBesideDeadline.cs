using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// A deadline named together with one unit, in either order, by code or by words: "NHNN #3", "#3 NHNN", "3 ngan hang
/// nha nuoc", "bc 6 thang NHNN". Words that already name a deadline on their own are the deadline, no unit.
/// </summary>
internal sealed class UnitBesideDeadline(EntityResolver resolver)
{
    // The longest unit name people type ("Đảng bộ Cơ quan Ủy ban nhân dân tỉnh") fits in this many words.
    private const int MaxUnitWords = 9;

    public async Task<(Unit? Unit, string Deadline)> SplitAsync(string arguments, TurnContext context, CancellationToken ct)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !(await resolver.DeadlineAsync(arguments, context.State, includeClosed: true, ct)).IsNotFound)
        {
            return (null, arguments);
        }

        for (var n = Math.Min(words.Length - 1, MaxUnitWords); n >= 1; n--)
        {
            if (await UnitAsync(words[..n], context, ct) is { } first && await NamesDeadlineAsync(words[n..], context, ct))
            {
                return (first, string.Join(' ', words[n..]));
            }

            if (await UnitAsync(words[^n..], context, ct) is { } last && await NamesDeadlineAsync(words[..^n], context, ct))
            {
                return (last, string.Join(' ', words[..^n]));
            }
        }

        return (null, arguments);
    }

    private async Task<Unit?> UnitAsync(string[] words, TurnContext context, CancellationToken ct)
    {
        var text = string.Join(' ', words);
        // "#3" and "3" are the deadline's number, never a unit from a list shown earlier.
        return text.TrimStart('#').All(char.IsAsciiDigit) ? null : (await resolver.UnitAsync(text, context.State, ct)).Found;
    }

    private async Task<bool> NamesDeadlineAsync(string[] words, TurnContext context, CancellationToken ct) =>
        !(await resolver.DeadlineAsync(string.Join(' ', words), context.State, includeClosed: true, ct)).IsNotFound;
}
