using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Letters;

/// <summary>A comma inside a name written by initials ("Sở VH, TT&amp;DL"): not a list's comma when the pieces name nothing alone.</summary>
internal sealed partial class ProposalBuilder
{
    private async Task<IReadOnlyList<NamedUnit>> JoinInitialsAsync(IReadOnlyList<NamedUnit> names, string sentence, CancellationToken ct)
    {
        if (names.Count < 2 || !names.Any(n => n.Id is null && n.Name.Split(' ').Any(UnitInitials.IsInitials)))
        {
            return names;
        }

        var all = await units.AllAsync(ct);
        var joined = new List<NamedUnit>(names.Count);
        foreach (var name in names)
        {
            if (joined is [.., { Id: null } last] && name.Id is null
                && UnitInitials.IsInitials(last.Name.Split(' ')[^1]) && UnitInitials.IsInitials(name.Name.Split(' ')[0])
                && Regex.IsMatch(sentence, $@"{Regex.Escape(last.Name)}\s*,\s*{Regex.Escape(name.Name)}")
                && all.Where(u => UnitInitials.StandsFor($"{last.Name}, {name.Name}", u)).ToList() is [var unit]
                && !all.Any(u => UnitInitials.StandsFor(last.Name, u) || UnitInitials.StandsFor(name.Name, u)))
            {
                joined[^1] = new NamedUnit($"{last.Name}, {name.Name}", unit.Id);
                continue;
            }

            joined.Add(name);
        }

        return joined;
    }
}
