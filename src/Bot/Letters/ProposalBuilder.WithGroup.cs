using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// "Đảng bộ Sở Y tế và các chi bộ trực thuộc gửi …": a subject of named units joined to a group is those units and the
/// group's, never the group alone nor every grassroots unit.
/// </summary>
internal sealed partial class ProposalBuilder
{
    /// <returns>The named units and the group's units together, or null when no unit is named before the group.</returns>
    private async Task<(DeadlineScope Scope, UnitKind? Kind, List<long> Ids, List<string> Unmatched, Dictionary<string, IReadOnlyList<string>> Several, bool ToAddressees, string? Untold)?> WithTheGroupAsync(
        string sentence, UnitNameIndex unitNames, Addressees? addressed, Dictionary<string, Resolved> resolved, CancellationToken ct)
    {
        var spaced = FoldedText.Of(sentence);
        var groups = UnitGroups.In(spaced.Value);
        if (groups.Count == 0)
        {
            return null;
        }

        var first = groups.Min(g => g.Start);
        if (NamedBeforeGroup().Match(spaced.Value[..first]) is not { Success: true } lead)
        {
            return null;
        }

        var names = lead.Groups["names"];
        var written = sentence[spaced.OriginalStart(names.Index)..spaced.OriginalEnd(names.Index + names.Length)];
        var named = NamedUnits.In("gồm: " + written, unitNames);
        if (named.Count == 0 || !char.IsUpper(written.TrimStart()[0]))
        {
            return null;
        }

        // Only units the store knows, every one: "Căn cứ Hướng dẫn của Sở Nội vụ, các đơn vị …" names no subject.
        var ids = new List<long>();
        foreach (var (name, known) in named)
        {
            if ((await ResolveAsync(name, known, resolved, ct)).Id is not { } id)
            {
                return null;
            }

            ids.Add(id);
        }

        var group = await ScopeAsync(sentence[spaced.OriginalStart(first)..], unitNames, addressed, resolved, ct);
        var all = await units.AllAsync(ct);
        var covered = Covered(group.Scope, group.Kind, group.Ids, all);
        return (DeadlineScope.Units, null, [.. ids.Concat(covered.Select(u => u.Id)).Distinct()], [.. group.Unmatched], [], false, null);
    }

    // "Đảng bộ Sở Y tế và ", "Đề nghị Sở Y tế, Sở Tư pháp và " right before the group's "các …".
    [GeneratedRegex(@"^\s*(?:(?:de\s+nghi|yeu\s+cau)\s+)?(?<names>[^.;:]+?)\s*(?:,|va|cung)\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NamedBeforeGroup();

    /// <summary>
    /// "Các chi, đảng bộ cơ sở và các ngân hàng", "các đảng bộ doanh nghiệp và các ngân hàng": a tag group beside
    /// another group is both groups' units, never the tag's alone; null when the tag group is the only group.
    /// </summary>
    private async Task<List<long>?> BesideTheTagAsync(string folded, UnitNameIndex unitNames, Dictionary<string, Resolved> resolved, CancellationToken ct)
    {
        var tags = UnitGroups.AllTags(folded);
        var rest = UnitGroups.WithoutTagged(folded);
        if (tags.Count < 2 && UnitGroups.In(rest).Count == 0)
        {
            return null;
        }

        var all = await units.AllAsync(ct);
        var ids = all.Where(u => u.IsGrassroots && tags.Any(t => u.Tags.Contains(t, StringComparer.OrdinalIgnoreCase))).Select(u => u.Id).ToList();
        if (UnitGroups.In(rest).Count > 0)
        {
            var other = await ScopeAsync(rest, unitNames, null, resolved, ct);
            ids.AddRange(Covered(other.Scope, other.Kind, other.Ids, all).Select(u => u.Id));
        }

        return [.. ids.Distinct()];
    }

    private static IReadOnlyList<Unit> Covered(DeadlineScope scope, UnitKind? kind, List<long> ids, IReadOnlyList<Unit> all) => scope switch
    {
        DeadlineScope.All => all,
        DeadlineScope.Grassroots => [.. all.Where(u => u.IsGrassroots)],
        DeadlineScope.Kind => [.. all.Where(u => u.Kind == kind)],
        _ => [.. all.Where(u => ids.Contains(u.Id))],
    };
}
