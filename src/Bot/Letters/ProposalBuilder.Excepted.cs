using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>The units a sentence asks less the ones it takes out ("Các đơn vị (trừ Chi bộ Báo Yên Bái) gửi …").</summary>
internal sealed partial class ProposalBuilder
{
    private async Task<(DeadlineScope Scope, UnitKind? Kind, List<long> Ids, List<string> Unmatched, Dictionary<string, IReadOnlyList<string>> Several, bool ToAddressees, string? Untold, string? Note)> ScopeLessAsync(
        string sentence, UnitNameIndex unitNames, Addressees? addressed, Dictionary<string, Resolved> resolved, CancellationToken ct, string exempted = "")
    {
        var (rest, excepted) = ExceptedUnits.Split(sentence) ?? (sentence, string.Empty);
        // "… trước ngày 15/12/2026. Riêng Đảng bộ Sở Y tế không phải gửi.": taken out as a "trừ" is.
        // In the sentence itself ("…, riêng Chi bộ Báo Yên Bái không phải gửi"), they are not the units it asks either.
        rest = exempted.Length == 0 ? rest : rest.Replace(exempted, string.Empty, StringComparison.Ordinal);
        excepted = exempted.Length == 0 ? excepted : excepted.Length == 0 ? exempted : excepted + "; " + exempted;
        var asked = await ScopeAsync(rest, unitNames, addressed, resolved, ct);
        if (excepted.Length == 0)
        {
            // A sentence that names nobody is for the addressees, less the units the "Kính gửi" leaves out.
            if (addressed is not { Excepted.Count: > 0 } || NamesItsUnits(sentence, unitNames))
            {
                return (asked.Scope, asked.Kind, asked.Ids, asked.Unmatched, asked.Several, asked.ToAddressees, asked.Untold, null);
            }

            excepted = string.Join("; ", addressed.Excepted);
        }

        var all = await units.AllAsync(ct);
        var group = new ParsedScope(asked.Scope, asked.Kind, asked.Ids);
        // "ngoại trừ các đoàn thể khối": groups are read as /giao reads them; the rest are the letter's names.
        var (groupsOut, names) = UnitGroupPhrases.Split(excepted);
        var takenOut = new List<long>();
        var notFound = new List<string>();
        // "trừ các chi bộ doanh nghiệp": a group the store tells by its units' tags.
        var tagged = names.Select(n => (Name: n, Tag: UnitGroups.Tagged(VietnameseText.Fold(n)))).Where(t => t.Tag is not null).ToList();
        var groupsTaken = groupsOut.Select(g => ((Func<Unit, bool>)g.Group.Covers, g.Group.Named))
            .Concat(tagged.Select(t => ((Func<Unit, bool>)(u => u.Tags.Contains(t.Tag!.Value.Tag, StringComparer.OrdinalIgnoreCase)), t.Name))).ToList();
        names = [.. names.Except(tagged.Select(t => t.Name))];
        var namesText = groupsOut.Count + tagged.Count == 0 ? excepted : string.Join("; ", names);
        foreach (var (name, known) in namesText.Length == 0 ? [] : NamedUnits.In("gồm: " + namesText, unitNames) is { Count: > 0 } listed ? listed : [new NamedUnit(namesText, null)])
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

        var (kept, note) = Less(group, takenOut, notFound, all, groupsTaken);
        return (DeadlineScope.Units, null, kept, [.. asked.Unmatched, .. notFound], asked.Several, asked.ToAddressees, asked.Untold, note);
    }

    /// <summary>
    /// "…; riêng Đảng bộ Bệnh viện Đa khoa tỉnh gửi trước ngày 21/12/2026": the units given their own date, their title
    /// (the paper of the clause before unless the clause names its own), and the item before less those units.
    /// </summary>
    /// <param name="asked">The sentence up to the clause: whom the item before asks, without the units set apart.</param>
    private async Task<(DraftDeadline Before, List<long> Ids, List<string> Unmatched, string? Title)?> ApartAsync(string clause, string asked, DraftDeadline before, UnitNameIndex unitNames, Addressees? addressed, Dictionary<string, Resolved> resolved, CancellationToken ct)
    {
        if (UnitsApart.In(clause) is not var (names, ownPaper))
        {
            return null;
        }

        var ids = new List<long>();
        var unmatched = new List<string>();
        // "riêng các đoàn thể khối": a group set apart, read as /giao reads it.
        // "các đơn vị khối doanh nghiệp": a group the store tells by its units' tags.
        var apartGroup = UnitGroupPhrases.Whole(names) is { } whole ? ((Func<Unit, bool>)whole.Covers, whole.Named)
            : UnitGroups.TaggedWhole(VietnameseText.Fold(names)) is var (tag, named) ? (u => u.IsGrassroots && u.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase), "các đơn vị " + named)
            : ((Func<Unit, bool> Covers, string Named)?)null;
        var all = await units.AllAsync(ct);
        ids.AddRange(apartGroup is null ? [] : all.Where(apartGroup.Value.Covers).Select(u => u.Id));
        foreach (var (name, known) in apartGroup is not null ? [] : NamedUnits.In("gồm: " + names, unitNames))
        {
            if ((await ResolveAsync(name, known, resolved, ct)).Id is { } id)
            {
                ids.Add(id);
            }
            else
            {
                unmatched.Add(name);
            }
        }

        if (ids.Count == 0)
        {
            return null;
        }

        var group = await ScopeLessAsync(asked, unitNames, addressed, resolved, ct);
        if (group.Scope == DeadlineScope.Units && group.Note is null)
        {
            // "A, B và C gửi …; riêng D gửi trước …": the units named stay named, less any set apart.
            return (before with { Scope = DeadlineScope.Units, ScopeKind = null, UnitIds = [.. group.Ids.Except(ids)], Unmatched = group.Unmatched, ScopeCounted = null }, ids, unmatched, ownPaper ? null : before.Title);
        }

        var (kept, note) = apartGroup is null ? Less(new ParsedScope(group.Scope, group.Kind, group.Ids), ids, [], all)
            : Less(new ParsedScope(group.Scope, group.Kind, group.Ids), [], [], all, [apartGroup.Value]);
        // "Các đảng bộ gửi …; các chi bộ gửi trước …": none of the item before's units is set apart, so it stays as it was.
        if (kept.Count == Covered(group.Scope, group.Kind, group.Ids, all).Count)
        {
            return (before, ids, unmatched, ownPaper ? null : before.Title);
        }

        return (before with { Scope = DeadlineScope.Units, ScopeKind = null, UnitIds = kept, Unmatched = group.Unmatched, ScopeCounted = note }, ids, unmatched, ownPaper ? null : before.Title);
    }

    /// <summary>Whether the sentence names its own units or group, so that the letter's addressees are not the ones asked.</summary>
    private static bool NamesItsUnits(string sentence, UnitNameIndex unitNames)
    {
        var folded = VietnameseText.Fold(sentence);
        return UnitGroups.In(folded).Count > 0 || UnitGroupPhrases.NamesEveryUnit(folded) || UnitGroupPhrases.Qualified(FoldedText.Of(sentence).Value) is not null
               || NamedUnits.In(sentence, unitNames).Count > 0 || NamedUnits.InCells(sentence, unitNames).Count > 0 || Subject(sentence, unitNames).Count > 0;
    }

    /// <summary>"74 − 2 = 72 đơn vị (chi, đảng bộ cơ sở, trừ …)": a scope less some units or groups, said as /giao says it.</summary>
    private static (List<long> Kept, string Note) Less(ParsedScope group, IReadOnlyCollection<long> takenOut, IEnumerable<string> notFound, IReadOnlyList<Unit> all, IEnumerable<(Func<Unit, bool> Covers, string Named)>? groupsOut = null)
    {
        var (kept, _, note) = UnitGroupPhrases.Less(all, group.Covers, group.Scope == DeadlineScope.Units ? "các đơn vị đã kể" : group.Named, groupsOut ?? [], takenOut, u => $"{u.Name} ({u.Code})", notFound);
        return (kept, note);
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
            var query = UnitBrands.Expand(UnitNameIndex.AsUnit(name));
            var resolution = await resolver.UnitAsync(query, new ConversationState(), ct);
            // "Bệnh viện Sản Nhi tỉnh": the words of one unit's name in order, its dash and province aside.
            if (resolution.Found is null && (await units.AllAsync(ct)).Where(u => Written(query, u)).ToList() is [var only])
            {
                return resolved[name] = new Resolved(only.Id, []);
            }

            // "Sở KH&ĐT", "Sở GDĐT": the initials of one unit's name.
            if (!(resolution.Found is { } named && Written(query, named)) && (await units.AllAsync(ct)).Where(u => UnitInitials.StandsFor(query, u)).ToList() is [var abbreviated])
            {
                return resolved[name] = new Resolved(abbreviated.Id, []);
            }

            found = new Resolved(resolution.Found is { } unit && Written(query, unit) ? unit.Id : null,
                resolution.IsAmbiguous ? [.. resolution.Candidates.Take(8).Select(u => u.Code)] : [],
                resolution.Found is null && !resolution.IsAmbiguous ? UnitBrands.Nearest(query, await units.AllAsync(ct)) : null);
            resolved[name] = found;
        }

        return found;
    }
}
