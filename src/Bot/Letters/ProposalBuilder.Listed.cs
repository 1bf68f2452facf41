namespace QcdcBot.Bot.Letters;

/// <summary>Names the admin types in "sửa N cho …", read as a letter's list is read: initials, "&amp;", a name written short.</summary>
internal sealed partial class ProposalBuilder
{
    /// <returns>The units found and every name that matched none; null when the words list no names (a group, codes the list does not read).</returns>
    public async Task<(List<long> Ids, List<string> Unmatched)?> ListedAsync(string names, CancellationToken ct)
    {
        var listed = "gồm: " + names;
        var found = await JoinInitialsAsync(NamedUnits.In(listed, UnitNameIndex.Of(await units.AllAsync(ct))), listed, ct);
        if (found.Count == 0)
        {
            return null;
        }

        var resolved = new Dictionary<string, Resolved>(StringComparer.Ordinal);
        var ids = new List<long>();
        var unmatched = new List<string>();
        foreach (var (name, known) in found)
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

        return ([.. ids.Distinct()], unmatched);
    }
}
