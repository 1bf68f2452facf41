using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>The units a sentence asks less the ones it takes out ("Các đơn vị (trừ Chi bộ Báo Yên Bái) gửi …").</summary>
internal sealed partial class ProposalBuilder
{
    private async Task<(DeadlineScope Scope, UnitKind? Kind, List<long> Ids, List<string> Unmatched, Dictionary<string, IReadOnlyList<string>> Several, bool ToAddressees, string? Note)> ScopeLessAsync(
        string sentence, UnitNameIndex unitNames, Addressees? addressed, Dictionary<string, Resolved> resolved, CancellationToken ct)
    {
        if (ExceptedUnits.Split(sentence) is not var (rest, excepted))
        {
            var (scope, kind, ids, unmatched, several, toAddressees) = await ScopeAsync(sentence, unitNames, addressed, resolved, ct);
            return (scope, kind, ids, unmatched, several, toAddressees, null);
        }

        var asked = await ScopeAsync(rest, unitNames, addressed, resolved, ct);
        var all = await units.AllAsync(ct);
        var group = new ParsedScope(asked.Scope, asked.Kind, asked.Ids);
        var takenOut = new List<long>();
        var notFound = new List<string>();
        foreach (var (name, known) in NamedUnits.In("gồm: " + excepted, unitNames) is { Count: > 0 } listed ? listed : [new NamedUnit(excepted, null)])
        {
            if ((await ResolveAsync(name, known, resolved, ct)).Id is { } id)
            {
                takenOut.Add(id);
            }
            else
            {
                notFound.Add(name);
            }
        }

        var inScope = all.Where(group.Covers).ToList();
        var kept = inScope.Where(u => !takenOut.Contains(u.Id)).Select(u => u.Id).ToList();
        var left = inScope.Where(u => takenOut.Contains(u.Id)).ToList();
        var named = asked.Scope == DeadlineScope.Units ? "các đơn vị đã kể" : group.Named;
        var note = $"{inScope.Count} − {left.Count} = {kept.Count} đơn vị ({named}, trừ {string.Join(", ", left.Select(u => $"{u.Name} ({u.Code})").Concat(notFound.Select(n => $"\"{n}\"")))})";
        return (DeadlineScope.Units, null, kept, [.. asked.Unmatched, .. notFound], asked.Several, asked.ToAddressees, note);
    }

    /// <summary>A name the letter gives, resolved once per letter (see <see cref="Written"/>).</summary>
    private async Task<Resolved> ResolveAsync(string name, long? known, Dictionary<string, Resolved> resolved, CancellationToken ct)
    {
        if (known is { } knownId)
        {
            return new Resolved(knownId, []);
        }

        if (!resolved.TryGetValue(name, out var found))
        {
            var query = UnitBrands.Expand(name);
            var resolution = await resolver.UnitAsync(query, new ConversationState(), ct);
            found = new Resolved(resolution.Found is { } unit && Written(query, unit) ? unit.Id : null,
                resolution.IsAmbiguous ? [.. resolution.Candidates.Take(8).Select(u => u.Code)] : [],
                resolution.Found is null && !resolution.IsAmbiguous ? UnitBrands.Nearest(query, await units.AllAsync(ct)) : null);
            resolved[name] = found;
        }

        return found;
    }
}
