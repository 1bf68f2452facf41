using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>The units a sentence asks: the names it lists, its subject, a group, or the letter's addressees.</summary>
internal sealed partial class ProposalBuilder
{
    private async Task<(DeadlineScope Scope, UnitKind? Kind, List<long> Ids, List<string> Unmatched, Dictionary<string, IReadOnlyList<string>> Several, bool ToAddressees, string? Untold)> ScopeAsync(string sentence, UnitNameIndex unitNames, Addressees? addressed, Dictionary<string, Resolved> resolved, CancellationToken ct)
    {
        var folded = VietnameseText.Fold(sentence);
        // A list after "gồm" names its units; otherwise a sentence that names a whole group is about the group, even
        // when it mentions a unit too ("các chi, đảng bộ cơ sở phối hợp với Sở Y tế …").
        var groups = UnitGroups.In(folded);
        if (groups.Count > 0 && await WithTheGroupAsync(sentence, unitNames, addressed, resolved, ct) is { } together)
        {
            return together;
        }

        var names = NamedUnits.In(sentence, unitNames) is { Count: > 0 } listed ? listed
            : groups.Count == 0 && NamedUnits.InCells(sentence, unitNames) is { Count: > 0 } cells ? cells
            : groups.Count == 0 ? Subject(sentence, unitNames)
            : [];
        names = await JoinInitialsAsync(names, sentence, ct);
        if (names.Count > 0)
        {
            var ids = new List<long>();
            var unmatched = new List<string>();
            var several = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (name, known) in names)
            {
                var found = await ResolveAsync(name, known, resolved, ct);

                if (found.Id is { } unitId)
                {
                    ids.Add(unitId);
                    continue;
                }

                unmatched.Add(name);
                if (found.Candidates.Count > 1)
                {
                    several[name] = found.Candidates;
                }

            }

            if (several.Count > 0 && ids.Count > 0)
            {
                // A piece of a name already matched ("Xã hội" of "Sở Lao động, Thương binh và Xã hội") is not read again.
                var all = await units.AllAsync(ct);
                var matchedCodes = all.Where(u => ids.Contains(u.Id)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
                foreach (var piece in several.Where(s => s.Value.Any(matchedCodes.Contains)).Select(s => s.Key).ToList())
                {
                    several.Remove(piece);
                    unmatched.Remove(piece);
                }
            }

            return (DeadlineScope.Units, null, ids.Distinct().ToList(), unmatched, several, false, null);
        }

        if (GroupOfTheSentence(sentence, folded, groups.Count) is { } own)
        {
            return own;
        }

        if (groups.Count == 0 && addressed is { Count: > 0 })
        {
            // "Kính gửi: - Đảng bộ Sở Y tế; - Chi bộ Báo Yên Bái" then "đề nghị các đơn vị …": the units addressed; a name
            // written otherwise than the store ("Chi bộ Sở NN&PTNT") is read as a sentence's name is, or kept "chưa khớp".
            var named = new List<long>();
            var notNamed = new List<string>();
            foreach (var name in addressed.Unmatched)
            {
                if ((await ResolveAsync(name, null, resolved, ct)).Id is { } id)
                {
                    named.Add(id);
                }
                else
                {
                    notNamed.Add(name);
                }
            }

            return (DeadlineScope.Units, null, [.. (addressed.Groups.Count == 0 ? addressed.Ids : addressed.UnitsIn(await units.AllAsync(ct))).Concat(named).Distinct()], notNamed, [], true, null);
        }

        // A sentence naming no group is for the groups the letter is addressed to ("Kính gửi: - Các đoàn thể khối.").
        var toGroups = groups.Count == 0 ? addressed : null;
        if ((groups.Count > 0 ? UnitGroups.Tagged(folded) : toGroups?.Tagged) is { } tagged)
        {
            // "Các đơn vị doanh nghiệp": the units the store tags so; when none is, every grassroots unit, said so.
            var taggedIds = (await units.AllAsync(ct)).Where(u => u.IsGrassroots && u.Tags.Contains(tagged.Tag, StringComparer.OrdinalIgnoreCase)).Select(u => u.Id).ToList();
            if (await BesideTheTagAsync(groups.Count > 0 ? folded : VietnameseText.Fold(string.Join("; ", toGroups!.GroupsWritten)), unitNames, resolved, ct) is { } union)
            {
                return (DeadlineScope.Units, null, union, [], [], false, null);
            }

            return taggedIds.Count > 0 ? (DeadlineScope.Units, null, taggedIds, [], [], false, null)
                : (DeadlineScope.Grassroots, null, [], [], [], false, tagged.Named);
        }

        var massOrganizations = folded.Contains("doan the", StringComparison.Ordinal) || toGroups is { MassOrganizations: true };
        var partyUnits = folded.Contains("chi, dang bo", StringComparison.Ordinal) || folded.Contains("chi bo", StringComparison.Ordinal)
                         || folded.Contains("dang bo co so", StringComparison.Ordinal) || toGroups is { PartyUnits: true };
        var onlyKind = groups.Count > 0 ? UnitGroups.OnlyKind(folded) : toGroups?.OnlyKind;
        return massOrganizations && partyUnits ? (DeadlineScope.All, null, [], [], [], false, null)
            : !massOrganizations && onlyKind is { } kindOnly ? (DeadlineScope.Kind, kindOnly, [], [], [], false, null)
            : massOrganizations ? (DeadlineScope.Kind, UnitKind.DoanThe, [], [], [], false, null)
            : (DeadlineScope.Grassroots, null, [], [], [], false, null);
    }

    /// <summary>
    /// "Các đơn vị được kiểm tra gồm: Sở Y tế; Sở Tài chính. Các đơn vị này gửi …": "these units" are the list of the
    /// sentence just before (one of the three before), not the letter's addressees.
    /// </summary>
    private static string? ListReferredTo(string text, List<LetterSentence> sentences, LetterSentence sentence, UnitNameIndex unitNames)
    {
        var own = text[sentence.Start..sentence.End];
        if (!ThoseUnits().IsMatch(VietnameseText.Fold(own)) || NamedUnits.In(own, unitNames).Count > 0)
        {
            return null;
        }

        return sentences.Where(s => s.End <= sentence.Start).TakeLast(3).Reverse()
            .Select(s => text[s.Start..s.End]).FirstOrDefault(s => NamedUnits.In(s, unitNames).Count > 0);
    }

    /// <summary>A name the letter gives, resolved once per letter: its unit, or the units it could be.</summary>
    private sealed record Resolved(long? Id, IReadOnlyList<string> Candidates, string? Nearest = null);

    /// <summary>The sentence's subject, matched or not, then the store's units it mentions elsewhere.</summary>
    private static List<NamedUnit> Subject(string sentence, UnitNameIndex unitNames)
    {
        // "Gửi báo cáo … của Chi bộ Báo Yên Bái và Đảng bộ Sở Y tế": the units whose paper it is, each kept.
        var subject = NamedUnits.Subject(sentence, unitNames) is { Count: > 0 } named ? named : NamedUnits.Owners(sentence, unitNames);
        return [.. subject, .. NamedUnits.Mentioned(sentence, unitNames).Where(m => !subject.Any(s => s.Id == m.Id && m.Id is not null || s.Name.Contains(m.Name, StringComparison.Ordinal)))];
    }

    /// <summary>
    /// A name the resolver matched is taken only when the letter writes that unit: its code, or its name's words in
    /// order ("Cục Thuế" for "Cục Thuế tỉnh"). "Sở Du lịch" is not "Sở Văn hóa, Thể thao và Du lịch": it is listed
    /// as not matched, never given silently to a unit the letter does not name.
    /// </summary>
    private static bool Written(string name, Unit unit)
    {
        if (string.Equals(name.Trim(), unit.Code, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var written = Bare(name);
        var store = Bare(unit.Name);
        return store.Contains(written, StringComparison.Ordinal) || written.Contains(store, StringComparison.Ordinal);

        // " so y te ": folded words without the "Đảng bộ"/"Chi bộ" before the name, spaced for whole-word containment;
        // without "và" and "TMCP", which letters leave out ("Sở Khoa học Công nghệ", "Ngân hàng Công thương").
        static string Bare(string text) =>
            $" {KindPrefix().Replace(string.Join(' ', VietnameseText.Tokens(VietnameseText.Fold(text)).Where(w => w is not ("va" or "tmcp" or "-" or "–"))), string.Empty)} ";
    }

    [GeneratedRegex(@"(?<!\p{L})cac\s+don\s+vi\s+(?:nay|tren|neu\s+tren|noi\s+tren)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ThoseUnits();

    [GeneratedRegex(@"^(?:dang bo|chi bo) ", RegexOptions.CultureInvariant)]
    private static partial Regex KindPrefix();
}
