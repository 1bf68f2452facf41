using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

internal sealed record ParsedScope(DeadlineScope Scope, UnitKind? Kind, IReadOnlyList<long> UnitIds)
{
    /// <summary>"28 − 1 = 27 đơn vị (các chi bộ, trừ Chi bộ Thanh tra tỉnh)" when units were excluded; null otherwise.</summary>
    public string? Note { get; init; }

    /// <summary>As <see cref="Deadline.Covers"/> will once the deadline is stored.</summary>
    public bool Covers(Unit unit) => Deadline.Covers(Scope, Kind, UnitIds, unit);

    /// <summary>"chi, đảng bộ cơ sở", "các chi bộ": the scope named, before units are taken out of it.</summary>
    public string Named => Scope switch
    {
        DeadlineScope.All => "tất cả đơn vị",
        DeadlineScope.Grassroots => "chi, đảng bộ cơ sở",
        DeadlineScope.Kind => $"các {Kind!.Value.Display()}",
        _ => "các đơn vị đã kể",
    };
}

/// <summary>
/// Reads who a deadline is for: nothing (the chi, đảng bộ cơ sở), "tất cả", a kind ("các chi bộ"), or units by
/// code or name separated by commas, semicolons or "và" (see <see cref="UnitList"/>).
/// </summary>
internal sealed partial class ScopeParser(EntityResolver resolver, UnitStore units)
{
    private async Task<List<long>?> CodesAsync(string piece, CancellationToken ct)
    {
        var ids = new List<long>();
        foreach (var word in piece.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (await units.FindByCodeAsync(word, ct) is not { } unit)
            {
                return null;
            }

            ids.Add(unit.Id);
        }

        return ids.Count > 1 ? ids : null;
    }

    /// <summary>
    /// Splits what follows the date into an explicit scope and the rest: "cho NHNN, SKHDT để tổng hợp" gives
    /// ("NHNN, SKHDT", "để tổng hợp"); "các chi bộ." gives ("các chi bộ", ""); "nhé 🙏" gives ("", "nhé 🙏").
    /// </summary>
    public static (string Scope, string Ignored) Explicit(string rest)
    {
        var folded = FoldSameLength(rest);
        var cho = Opener().Match(folded);
        if (cho.Success)
        {
            var start = cho.Index + cho.Length;
            var stop = ScopeEnd().Match(folded, start);
            var end = OverExclusion(folded, stop.Success ? stop.Index : rest.Length);
            // "(cho NHNN, SYT)": the brackets hold the scope and go with it.
            var cut = cho.Groups["bracket"].Success && end < rest.Length && rest[end] is ')' or ']' ? end + 1 : end;
            var ignored = (rest[..cho.Index] + " " + rest[cut..]).Trim();
            return (rest[start..end].Trim(' ', ',', ';', ':', '\n', '\r'), Meaningful(ignored));
        }

        var group = GroupWords().Match(folded);
        return group.Success ? GroupScope(rest, folded, group, narrowed: false)!.Value : (string.Empty, Meaningful(rest.Trim()));
    }

    /// <summary>
    /// "các đảng bộ doanh nghiệp", "các chi bộ khối doanh nghiệp" (no "cho"): the group with the words narrowing it, a
    /// scope then refused as after "cho", never read as the whole group; null when no group is narrowed.
    /// </summary>
    public static (string Scope, string Ignored)? Narrowed(string rest)
    {
        var folded = FoldSameLength(rest);
        var group = GroupWords().Match(folded);
        return !Opener().IsMatch(folded) && group.Success ? GroupScope(rest, folded, group, narrowed: true) : null;
    }

    private static (string Scope, string Ignored)? GroupScope(string rest, string folded, System.Text.RegularExpressions.Match group, bool narrowed)
    {
        // "các chi, đảng bộ cơ sở và các đoàn thể khối": groups joined by "và" or a comma are one scope.
        var joined = group.Index + group.Length;
        for (var more = GroupAfter().Match(folded, joined); more.Success; more = GroupAfter().Match(folded, joined))
        {
            joined = more.Index + more.Length;
        }

        if (narrowed)
        {
            if (Narrowing().Match(folded, joined) is not { Success: true } narrowing)
            {
                return null;
            }

            var stop = ScopeEnd().Match(folded, narrowing.Index + narrowing.Length);
            joined = stop.Success ? stop.Index : rest.Length;
        }

        var end = OverExclusion(folded, joined);
        return (rest[group.Index..end].Trim(' ', ',', ';', ':'), Meaningful((rest[..group.Index] + " " + rest[end..]).Trim()));
    }

    /// <summary>
    /// Where a scope ends once an exclusion right after it is taken in: "các chi bộ (trừ TTRA)" to its closing bracket,
    /// "tất cả ngoại trừ TTRA, CTK để tổng hợp" to where the sentence goes on.
    /// </summary>
    private static int OverExclusion(string folded, int end)
    {
        var exclusion = ExclusionAfter().Match(folded, end);
        if (!exclusion.Success)
        {
            return end;
        }

        var from = exclusion.Index + exclusion.Length;
        if (exclusion.Groups["open"].Success)
        {
            var close = folded.IndexOfAny([')', ']'], from);
            return close < 0 ? folded.Length : close + 1;
        }

        var stop = ScopeEnd().Match(folded, from);
        return stop.Success ? stop.Index : folded.Length;
    }

    /// <summary>Whether the text holds a word that opens a list of units ("cho", "gồm:", "đối với", "các đơn vị:").</summary>
    public static bool Opens(string rest) => Opener().IsMatch(FoldSameLength(rest));

    /// <summary>Whether a scope excludes units ("trừ …", "ngoại trừ …", "không gồm …", "không kể …").</summary>
    public static bool HasExclusion(string scope) => Exclusion().IsMatch(FoldSameLength(scope));

    // Same length as the input, so indexes found in it cut the original text.
    private static string FoldSameLength(string text) =>
        string.Concat(text.Select(c => char.IsLetter(c) && VietnameseFold.Fold(c.ToString()) is { Length: 1 } f ? f[0] : c));

    /// <summary>Nothing worth showing: punctuation, emoji and "nhé" alone.</summary>
    private static string Meaningful(string ignored)
    {
        var words = VietnameseFold.Fold(ignored).Split([' ', ',', '.', '!', '?', ';', ':', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit) && w is not ("nhe" or "nha" or "a" or "nhes" or "ok"));
        return words.Any() ? ignored.Trim(' ', ',', ';') : string.Empty;
    }

    /// <summary>
    /// The words the office opens a unit list with, in folded text: "cho", "cho:", "giao cho", "dành cho", "gồm",
    /// "gồm:", "gồm có", "bao gồm", "đối với", "các đơn vị:" (not "không gồm", which takes units out), perhaps inside a
    /// bracket ("(cho NHNN, SYT)").
    /// </summary>
    public const string OpenerPattern = @"(?:(?<bracket>[(\[])\s*)?(?<![\p{L}\p{N}])(?:(?<!(?i:tuyen)\s+)giao\s+cho|danh\s+cho|cho(?:\s+(?:cac\s+)?don\s+vi(?:\s+sau)?(?=\s*:))?|(?<!khong\s+(?:bao\s+)?)(?:bao\s+)?gom(?:\s+co)?|doi\s+voi|(?:cac\s+)?don\s+vi(?:\s+sau)?(?=\s*:))(?:\s*:\s*|\s+)";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:cac|nhung|khoi)\s")]
    private static partial System.Text.RegularExpressions.Regex GroupLike();

    [System.Text.RegularExpressions.GeneratedRegex(OpenerPattern)]
    private static partial System.Text.RegularExpressions.Regex Opener();

    // A unit list ends where the sentence goes on: "để …", "theo …", "gửi …", "nhé các đồng chí", a bracket, a full
    // stop, an emoji, and "nha" only as the closing word ("Ngân hàng Nhà nước" folds to "nha" too, and is a name).
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:de|theo|va bao cao|truoc|han|gui|nhe)(?![\p{L}\p{N}])|\s+nha(?=\s*(?:$|[^\p{L}\p{N}\s]))|[()\[\]!?]|\.(?:\s|$)|[\p{So}\p{Cs}]")]
    private static partial System.Text.RegularExpressions.Regex ScopeEnd();

    private const string ExcludingWords = UnitGroupPhrases.ExcludingWords;

    /// <summary>"Đảng bộ NHNN", "các chi bộ TTRA": a unit's kind, then its code (any case).</summary>
    public const string KindThenCodePattern = @"^\s*(?:cac\s+)?(?:dang|chi)\s+bo\s+(?<code>[\p{L}\p{N}]+)\s*$";

    [System.Text.RegularExpressions.GeneratedRegex(KindThenCodePattern)]
    private static partial System.Text.RegularExpressions.Regex KindThenCode();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*,?\s*(?<open>[(\[])?\s*" + ExcludingWords)]
    private static partial System.Text.RegularExpressions.Regex ExclusionAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"[(\[]?\s*(?<![\p{L}\p{N}])" + ExcludingWords)]
    private static partial System.Text.RegularExpressions.Regex Exclusion();

    // The ways letters name groups of units, as a scope without "cho"; the grassroots words are the letters' own.
    private const string GroupKinds = @"(?:" + Text.GroupWording.Grassroots + @"|chi bo(?: co so)?|dang bo(?: co so)?|doan the(?: khoi)?|to chuc doan the(?: khoi)?)";

    // "tất cả (các) đơn vị" and "toàn bộ đơn vị" only after those words: "các đơn vị" alone is no scope.
    private const string GroupPattern = @"(?:(?:chi|rieng)\s+)?(?:(?:tat ca|toan bo)\s+(?:cac\s+)?(?:" + GroupKinds + @"|don vi)|tat ca|(?:cac\s+)?(?:" + GroupKinds + @"|toan khoi))(?:\s+truc thuoc)?(?![\p{L}\p{N}])";

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])" + GroupPattern)]
    private static partial System.Text.RegularExpressions.Regex GroupWords();

    // A word going on right after a group that narrows it ("doanh nghiệp", "khối doanh nghiệp"), not one the sentence
    // goes on with ("gửi", "nộp", "hằng năm"), a polite word, nor "trong khối" (the whole group still).
    [System.Text.RegularExpressions.GeneratedRegex(@"\G[ \t]+(?!(?:tru|ngoai\s+tru|khong|va|de|theo|truoc|han|gui|nop|bao\s+cao|hoan\s+thanh|thuc\s+hien|xay\s+dung|cham\s+nhat|khac\s+phuc|tiep\s+tuc|dang\s+ky|hang\s+nam|nhe|nha|nhas|a|ah|voi|giup|gium|ok|(?:trong|thuoc|cua)\s+(?:dang\s+uy\s+)?khoi(?:\s+(?:nhe|nha|a))?\s*(?:$|[^\p{L}\p{N}\s]))(?![\p{L}\p{N}]))\p{L}")]
    private static partial System.Text.RegularExpressions.Regex Narrowing();

    // One more group right after a group: ", các đoàn thể", " và các đoàn thể khối".
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:\s*[,;]\s*(?:va\s+)?|\s+va\s+)" + GroupPattern)]
    private static partial System.Text.RegularExpressions.Regex GroupAfter();

    public async Task<(ParsedScope? Scope, string? Problem, (string Piece, IReadOnlyList<Unit> Candidates)? Ambiguous)> ParseAsync(string text, ConversationState state, CancellationToken ct)
    {
        text = WithoutParticles(text);
        if (Exclusion().Match(FoldSameLength(text)) is { Success: true } exclusion)
        {
            return await WithoutAsync(text[..exclusion.Index].Trim(' ', ',', ';', ':'), text[(exclusion.Index + exclusion.Length)..].Trim(' ', ',', ';', ':', '.', ')', ']'), state, ct);
        }

        if (Group(text) is { } group)
        {
            return (group, null, null);
        }

        if (await GroupsAsync(text, state, ct) is { } groups)
        {
            return (groups, null, null);
        }

        var (ids, problem, ambiguous) = await UnitsAsync(text, state, "", ct);
        return ids is null ? (null, problem, ambiguous) : (new ParsedScope(DeadlineScope.Units, null, ids), null, null);
    }

    /// <summary>One group of units as letters name it ("các chi bộ", "chi, đảng bộ cơ sở", "tất cả"); null otherwise.</summary>
    private static ParsedScope? Group(string text) =>
        UnitGroupPhrases.Whole(text) is { } group ? new ParsedScope(group.Scope, group.Kind, []) : null;

    /// <summary>
    /// Groups joined by "và", commas or semicolons, perhaps with named units: "các chi, đảng bộ cơ sở và các đoàn thể
    /// khối" is every unit either group holds. Null when no group is named (a plain list of units).
    /// </summary>
    private async Task<ParsedScope?> GroupsAsync(string text, ConversationState state, CancellationToken ct)
    {
        var (groups, rest) = UnitGroupPhrases.Split(text);
        if (groups.Count == 0 || groups.Count + rest.Count < 2)
        {
            return null;
        }

        var ids = new HashSet<long>();
        if (rest.Count > 0)
        {
            var (named, _, _) = await UnitsAsync(string.Join(", ", rest), state, "", ct);
            if (named is null)
            {
                return null;
            }

            ids.UnionWith(named);
        }

        var all = await units.AllAsync(ct);
        ids.UnionWith(all.Where(u => groups.Any(g => g.Group.Covers(u))).Select(u => u.Id));
        var note = $"{ids.Count} đơn vị ({string.Join(" và ", groups.Select(g => g.Group.Named).Concat(rest))})";
        // Stored as the smallest scope that says the same, so units added later are taken in as the groups would.
        if (ids.Count == all.Count)
        {
            return new ParsedScope(DeadlineScope.All, null, []) { Note = note };
        }

        return all.Where(u => u.IsGrassroots).Select(u => u.Id).ToHashSet().SetEquals(ids)
            ? new ParsedScope(DeadlineScope.Grassroots, null, []) { Note = note }
            : new ParsedScope(DeadlineScope.Units, null, all.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToList()) { Note = note };
    }

    /// <summary>
    /// "… cho Ngân hàng Nhà nước và Sở Y tế ạ", "… cho NHNN giúp em với nhé": the polite words closing a scope are
    /// no part of the last unit's name. Only as written ("Nhà" in a name is not "nha").
    /// </summary>
    public static string WithoutParticles(string text)
    {
        var trimmed = text.TrimEnd(' ', '.', ',', '!', '~');
        for (var m = Particle().Match(trimmed); m.Success && m.Index > 0; m = Particle().Match(trimmed))
        {
            trimmed = trimmed[..m.Index].TrimEnd(' ', '.', ',', '!', '~');
        }

        return trimmed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[\s,.])(?:ạ|a|ah|nhé|nhe|nha|nhá|với|voi|giúp em|giup em|giùm em|gium em|giúp|giùm)$")]
    private static partial System.Text.RegularExpressions.Regex Particle();

    /// <summary>
    /// A scope less the units and groups named after "trừ" ("tất cả các đơn vị trừ các đoàn thể", "các đảng bộ cơ sở,
    /// trừ NHNN và SYT"): each must be found and be in the scope, or nothing is decided.
    /// </summary>
    private async Task<(ParsedScope? Scope, string? Problem, (string Piece, IReadOnlyList<Unit> Candidates)? Ambiguous)> WithoutAsync(string included, string excluded, ConversationState state, CancellationToken ct)
    {
        var (scope, problem, ambiguous) = await ParseAsync(included, state, ct);
        if (scope is null)
        {
            return (null, problem, ambiguous);
        }

        if (excluded.Length == 0)
        {
            return (null, "Sau \"trừ\" chưa có đơn vị nào. Ví dụ: cho các chi bộ (trừ TTRA, CTK).", null);
        }

        var (groups, rest) = UnitGroupPhrases.Split(excluded);
        var ids = new List<long>();
        if (rest.Count > 0)
        {
            var (named, unmatched, which) = await UnitsAsync(string.Join(", ", rest), state, " (trong phần trừ ra)", ct);
            if (named is null)
            {
                return (null, unmatched, which);
            }

            ids = named;
        }

        var all = await units.AllAsync(ct);
        var outside = all.Where(u => ids.Contains(u.Id) && !scope.Covers(u)).Select(u => u.Name)
            .Concat(groups.Where(g => !all.Any(u => g.Group.Covers(u) && scope.Covers(u))).Select(g => g.Group.Named)).ToList();
        if (outside.Count > 0)
        {
            return (null, $"{string.Join(", ", outside)} không thuộc {scope.Named} nên không trừ ra được. Xin sửa lại phần \"trừ\"; chưa tạo gì.", null);
        }

        var (kept, _, note) = UnitGroupPhrases.Less(all, scope.Covers, scope.Named, groups.Select(g => g.Group), ids, u => u.Name);
        if (kept.Count == 0)
        {
            return (null, $"Trừ ra thì không còn đơn vị nào trong {scope.Named}. Xin sửa lại phần \"trừ\"; chưa tạo gì.", null);
        }

        return (new ParsedScope(DeadlineScope.Units, null, kept) { Note = note }, null, null);
    }

    /// <summary>Units named by code or name; <paramref name="where"/> says which part of the command a name not found was in.</summary>
    private async Task<(List<long>? Ids, string? Problem, (string Piece, IReadOnlyList<Unit> Candidates)? Ambiguous)> UnitsAsync(string text, ConversationState state, string where, CancellationToken ct)
    {
        var pieces = UnitList.Pieces(text);
        var ids = new List<long>();
        var unknown = new List<string>();
        (string Piece, IReadOnlyList<Unit> Candidates)? ambiguous = null;
        for (var from = 0; from < pieces.Count;)
        {
            // The longest run of pieces that names one unit: a name may hold a comma or "và" of its own.
            var taken = 0;
            for (var to = pieces.Count; to > from + 1 && taken == 0; to--)
            {
                if ((await resolver.UnitAsync(UnitList.Join(pieces, from, to), state, ct)).Found is { } whole)
                {
                    ids.Add(whole.Id);
                    taken = to - from;
                }
            }

            if (taken > 0)
            {
                from += taken;
                continue;
            }

            var piece = pieces[from].Text;
            var found = await resolver.UnitAsync(piece, state, ct);
            if (found.Found is { } unit)
            {
                ids.Add(unit.Id);
            }
            else if (found.IsAmbiguous)
            {
                ambiguous ??= (piece, found.Candidates);
            }
            else if (await CodesAsync(piece, ct) is { } codes)
            {
                // "NHNN TTRA": codes separated by spaces instead of commas.
                ids.AddRange(codes);
            }
            else if (KindThenCode().Match(FoldSameLength(piece).ToLowerInvariant()) is { Success: true } kind && await units.FindByCodeAsync(kind.Groups["code"].Value.ToUpperInvariant(), ct) is { } byCode)
            {
                // "đảng bộ NHNN", "chi bo TTRA": the way the office names a unit, its kind before its code.
                ids.Add(byCode.Id);
            }
            else
            {
                unknown.Add(piece);
            }

            from++;
        }

        // Every name not found is said at once, so one retyped command fixes them all; none is dropped silently.
        if (unknown.Count > 0)
        {
            // "các đảng bộ doanh nghiệp": a group the store does not tell; say which groups it does.
            var groups = unknown.Any(u => GroupLike().IsMatch(VietnameseFold.Fold(u)))
                ? " Bot chỉ hiểu các nhóm: tất cả đơn vị, các chi, đảng bộ cơ sở, các chi bộ, các đảng bộ cơ sở, các đoàn thể khối; nhóm khác thì ghi mã từng đơn vị."
                : string.Empty;
            return (null, $"Không tìm thấy đơn vị {string.Join(", ", unknown.Select(u => $"\"{u}\""))}{where}.{groups} Gõ /donvi để xem mã các đơn vị; nhiều đơn vị thì cách nhau bằng dấu phẩy.", null);
        }

        return ambiguous is { } which ? (null, null, which) : (ids.Distinct().ToList(), null, null);
    }
}
