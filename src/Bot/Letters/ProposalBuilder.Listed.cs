using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>Names the admin types in "sửa N cho …", read as a letter's list is read: initials, "&amp;", a name written short.</summary>
internal sealed partial class ProposalBuilder
{
    /// <returns>
    /// The units found, every name that matched none, and the pieces of the list no name was read in ("bao yen bai" after
    /// "SYT,"); null when the words list no names (a group, codes the list does not read).
    /// </returns>
    public async Task<(List<long> Ids, List<string> Unmatched, List<string> Unread)?> ListedAsync(string names, CancellationToken ct)
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

        var read = found.Select(f => VietnameseText.Fold(f.Name).Trim()).ToList();
        var unread = Pieces().Split(names).Select(p => p.Trim(' ', '.', '-')).Where(p => p.Any(char.IsLetterOrDigit))
            .Where(p => VietnameseText.Fold(p) is var piece && !read.Any(r => r.Contains(piece, StringComparison.Ordinal) || piece.Contains(r, StringComparison.Ordinal))).ToList();
        return ([.. ids.Distinct()], unmatched, unread);
    }

    [GeneratedRegex(@"\s*[,;]\s*|\s+(?:và|va|cùng)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pieces();
}
