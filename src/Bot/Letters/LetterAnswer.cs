using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

internal enum LetterAnswerKind
{
    CreateAll,
    Create,
    EditDate,
    EditTitle,
    EditUnits,
    Discard,

    /// <summary>"sửa 2" alone: the admin is asked what to change.</summary>
    EditWhat,

    /// <summary>"chưa tạo": the answer to "some due dates have passed" that keeps the proposal for editing.</summary>
    Hold,

    /// <summary>"gắn 2" / "dời 2": a corrected letter's item moves the deadline it was created as and attaches the new letter.</summary>
    Attach,
}

/// <summary>
/// What the admin answers to a proposal: "tạo tất cả", "tạo 1,2", "sửa 2 trước 30/10/2024", "sửa 1 tên …",
/// "sửa 2 cho NHNN, SYT", "sửa 2 trừ SYT", "hủy". Typed with or without "/" and accents. "tạo 1,2 dù hạn đã qua" creates items whose
/// due date has passed without asking again.
/// </summary>
internal sealed partial record LetterAnswer(LetterAnswerKind Kind, IReadOnlyList<int> Numbers, string Rest)
{
    public const string PastConfirmation = "dù hạn đã qua";

    /// <summary>The admin has said to create items whose due date has already passed.</summary>
    public bool PastConfirmed { get; init; }

    public const string GuessConfirmation = "dù ngày chưa chắc";

    /// <summary>The admin has said to create items with the date the bot changed or guessed (see <see cref="LetterCreation.Doubted"/>).</summary>
    public bool GuessConfirmed { get; init; }

    public const string DuplicateConfirmation = "dù trùng";

    /// <summary>The admin has said to create items an open deadline already covers.</summary>
    public bool DuplicateConfirmed { get; init; }

    public const string UnmatchedConfirmation = "dù chưa khớp";

    /// <summary>The admin has said to create items for their matched units only, leaving out names that matched none.</summary>
    public bool UnmatchedConfirmed { get; init; }

    public const string DayOffMove = "dời ngày nghỉ";

    public const string DayOffKeep = "giữ ngày nghỉ";

    /// <summary>Items due on a day off are moved to the working day before, as the admin chose when asked about them all.</summary>
    public bool DayOffMoved { get; init; }

    /// <summary>Items due on a day off are created on that day, as the admin chose.</summary>
    public bool DayOffKept { get; init; }

    /// <summary>"sửa 2 thêm NHNN, SYT": the units are added to the item's, not put in their place.</summary>
    public bool AddsUnits { get; init; }

    /// <summary>"sửa 1 trừ SYT, STP", "sửa 1 bỏ SYT": the units leave the item, the others stay.</summary>
    public bool ExceptsUnits { get; init; }

    /// <summary>"sửa 1 trước 15/12/2026 cho NHNN": the units given with a new date, applied with it.</summary>
    public string? Units { get; init; }

    /// <summary>
    /// The answer to "Sửa mục 2 thế nào?": "trước 11/12/2026", "hạn 11/12", "tên …", "cho NHNN", or a date alone, read as
    /// "sửa 2 …"; null when it is none of these (the admin has moved on).
    /// </summary>
    public static LetterAnswer? ForItem(int number, string text, DateOnly today)
    {
        var folded = VietnameseText.Fold(text.Trim());
        if (ItemAnswerRegex().IsMatch(folded))
        {
            return Parse($"sửa {number} {text.Trim()}");
        }

        return DatePhraseParser.FindAnyDate(text, today).Phrase is not null && folded.Length <= 30 ? Parse($"sửa {number} trước {text.Trim()}") : null;
    }

    /// <summary>"tạo …", "sửa …", "hủy …" that did not parse: a slip in an answer to a waiting proposal.</summary>
    public static bool LooksLikeOne(string text) => SlipRegex().IsMatch(VietnameseText.Fold(text.Trim().TrimStart('/')));

    /// <summary>
    /// "sửa 1 trước 18/12/2026, sửa 2 cho NHNN", "sửa 1 tên X; sửa 4 trước …": one edit per "sửa N", cut where the next
    /// begins (after ",", ";", ".", "và" or a line break), so one edit's words never run into another's. A single edit
    /// comes back whole.
    /// </summary>
    public static IReadOnlyList<string> SplitEdits(string text)
    {
        var normalized = VietnameseText.Normalize(text.Trim());
        var folded = VietnameseText.Fold(normalized);
        if (folded.Length != normalized.Length)
        {
            return [text];
        }

        var parts = new List<string>();
        var start = 0;
        foreach (Match m in NextEditRegex().Matches(folded))
        {
            parts.Add(normalized[start..m.Index].Trim().TrimEnd(',', ';', '.').Trim());
            start = m.Index + m.Length;
        }

        parts.Add(normalized[start..].Trim());
        return parts.Count > 1 && parts.All(p => p.Length > 0) ? parts : [text];
    }

    public static LetterAnswer? Parse(string text)
    {
        var trimmed = text.Trim().TrimStart('/');
        // "tạo tất cả nhé", "tạo 1 đi": a polite word at the end changes nothing.
        if (PoliteEndRegex().Match(VietnameseText.Normalize(trimmed)) is { Success: true } polite)
        {
            trimmed = VietnameseText.Normalize(trimmed)[..polite.Index].TrimEnd(' ', ',', '.', '!');
        }

        // "tạo tất cả.", "hủy!": a full stop typed at the end changes nothing.
        trimmed = trimmed.TrimEnd('.', '!', ' ');
        var folded = VietnameseText.Fold(trimmed);
        if (folded is "chua tao" or "de sua" or "chua tao de sua")
        {
            return new LetterAnswer(LetterAnswerKind.Hold, [], string.Empty);
        }

        // The choice about days off is the last question asked, so its words come last.
        if (folded.StartsWith("tao", StringComparison.Ordinal) && DayOffSuffixRegex().Match(folded) is { Success: true } dayOff)
        {
            var move = dayOff.Groups["move"].Success;
            return Parse(folded[..dayOff.Index]) is { Kind: LetterAnswerKind.CreateAll or LetterAnswerKind.Create } confirmed
                ? confirmed with { DayOffMoved = move, DayOffKept = !move }
                : null;
        }

        if (folded.StartsWith("tao", StringComparison.Ordinal) && DuplicateSuffixRegex().Match(folded) is { Success: true } duplicate)
        {
            return Parse(folded[..duplicate.Index]) is { Kind: LetterAnswerKind.CreateAll or LetterAnswerKind.Create } confirmed
                ? confirmed with { DuplicateConfirmed = true }
                : null;
        }

        if (folded.StartsWith("tao", StringComparison.Ordinal) && UnmatchedSuffixRegex().Match(folded) is { Success: true } unmatched)
        {
            return Parse(folded[..unmatched.Index]) is { Kind: LetterAnswerKind.CreateAll or LetterAnswerKind.Create } confirmed
                ? confirmed with { UnmatchedConfirmed = true }
                : null;
        }

        if (folded.StartsWith("tao", StringComparison.Ordinal) && GuessSuffixRegex().Match(folded) is { Success: true } guess)
        {
            return Parse(folded[..guess.Index]) is { Kind: LetterAnswerKind.CreateAll or LetterAnswerKind.Create } confirmed
                ? confirmed with { GuessConfirmed = true }
                : null;
        }

        if (folded.StartsWith("tao", StringComparison.Ordinal) && PastSuffixRegex().Match(folded) is { Success: true } past)
        {
            // "tạo …" reads the same folded, so the folded words before the suffix are enough.
            return Parse(folded[..past.Index]) is { Kind: LetterAnswerKind.CreateAll or LetterAnswerKind.Create } confirmed
                ? confirmed with { PastConfirmed = true }
                : null;
        }

        if (folded is "tao tat ca" or "tao het" or "tao ca" or "tao toan bo")
        {
            return new LetterAnswer(LetterAnswerKind.CreateAll, [], string.Empty);
        }

        if (folded is "huy" or "bo" or "huy bo" or "huy cong van" or "huy de xuat" or "khong tao")
        {
            return new LetterAnswer(LetterAnswerKind.Discard, [], string.Empty);
        }

        if (DropRegex().Match(folded) is { Success: true } drop)
        {
            // "hủy 2", "bỏ mục 2, 3": those items leave the proposal, the rest still wait.
            return new LetterAnswer(LetterAnswerKind.Discard, Listed(drop.Groups["n"].Value), string.Empty);
        }

        if (AttachRegex().Match(folded) is { Success: true } attach)
        {
            return new LetterAnswer(LetterAnswerKind.Attach, Listed(attach.Groups["n"].Value), string.Empty);
        }

        if (CreateRegex().Match(folded) is { Success: true } create)
        {
            // "tạo 1-3" is 1, 2 and 3.
            var numbers = new List<int>();
            foreach (Match m in NumberRegex().Matches(create.Groups["n"].Value))
            {
                var from = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var to = m.Groups["b"].Success ? int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
                numbers.AddRange(Enumerable.Range(Math.Min(from, to), Math.Min(Math.Abs(to - from), 100) + 1));
            }

            numbers = numbers.Distinct().ToList();
            return new LetterAnswer(LetterAnswerKind.Create, numbers, string.Empty);
        }

        if (EditRegex().Match(folded) is not { Success: true } edit)
        {
            // "sửa 2 thành 24/12/2026", "sửa 2 ngày 28/12/2026", "sửa 2: 23/12/2026": a date alone is the item's new due date.
            return DateEditRegex().Match(folded) is { Success: true } dated
                ? new LetterAnswer(LetterAnswerKind.EditDate, [int.Parse(dated.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)], "trước " + dated.Groups["date"].Value)
                : null;
        }

        // Folding keeps one character per character of the NFC text, so the rest can be cut from what was typed.
        var normalized = VietnameseText.Normalize(trimmed);
        var rest = normalized.Length == folded.Length ? normalized[edit.Groups["rest"].Index..] : edit.Groups["rest"].Value;
        // "sửa 2, 3 trước 20/12", "sua 2 va 3 truoc 20/12": the same change to each.
        List<int> number = Listed(edit.Groups["n"].Value);
        if (!edit.Groups["what"].Success)
        {
            // "sửa 2 và 3" alone: what to change is asked for one item at a time.
            return number.Count == 1 ? new LetterAnswer(LetterAnswerKind.EditWhat, number, string.Empty) : null;
        }

        if (edit.Groups["what"].Value == "them")
        {
            return new LetterAnswer(LetterAnswerKind.EditUnits, number, rest.Trim()) { AddsUnits = true };
        }

        if (edit.Groups["what"].Value is "tru" or "ngoai tru" or "bo" or "bot")
        {
            // "sửa 1 trừ SYT, STP": as a letter's "trừ", the units are taken out of the item's.
            return new LetterAnswer(LetterAnswerKind.EditUnits, number, rest.Trim()) { ExceptsUnits = true };
        }

        if (edit.Groups["what"].Value != "ten" && edit.Groups["what"].Value != "cho" && normalized.Length == folded.Length
            && UnitsAfterDateRegex().Match(folded, edit.Groups["what"].Index) is { Success: true } units)
        {
            // "sửa 1 trước 15/12/2026 cho NHNN": both, or neither.
            return new LetterAnswer(LetterAnswerKind.EditDate, number, normalized[edit.Groups["what"].Index..units.Index])
            {
                Units = normalized[(units.Index + units.Length)..].Trim(),
            };
        }

        return edit.Groups["what"].Value switch
        {
            "ten" => new LetterAnswer(LetterAnswerKind.EditTitle, number, rest.Trim()),
            "cho" => new LetterAnswer(LetterAnswerKind.EditUnits, number, rest.Trim()),
            // The date keeps its keyword, so "trước 30/10" and "hạn 30/10" read as /giao reads them.
            _ => new LetterAnswer(LetterAnswerKind.EditDate, number, normalized.Length == folded.Length ? normalized[edit.Groups["what"].Index..] : folded[edit.Groups["what"].Index..]),
        };
    }

    [GeneratedRegex(@"^sua\s+(?:muc\s+)?(?<n>[0-9]+)(?:\s*:\s*|\s+(?:thanh|sang|lai)\s+|\s+)(?:(?:thanh|sang)\s+)?(?:ngay\s+)?(?<date>[0-9]{1,2}\s*/\s*[0-9]{1,2}(?:\s*/\s*[0-9]{2,4})?)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateEditRegex();

    [GeneratedRegex(@"^(?:huy|bo)(?:\s+bo)?\s+(?:(?:cac\s+)?muc\s+)?(?<n>[0-9]+(?:\s*(?:,|;|va(?!\p{L}))\s*[0-9]+)*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DropRegex();

    /// <summary>"2, 3 và 5": each number once, in the order typed.</summary>
    private static List<int> Listed(string numbers) =>
        [.. NumberRegex().Matches(numbers).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct()];

    [GeneratedRegex(@"^(?:gan|doi)\s+(?:(?:cac\s+)?muc\s+)?(?<n>[0-9]+(?:\s*(?:,|;|va(?!\p{L}))\s*[0-9]+)*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AttachRegex();

    [GeneratedRegex(@"^tao\s+(?:(?:cac\s+)?muc\s+)?(?<n>[0-9]+(?:\s*-\s*[0-9]+)?(?:\s*(?:,|;|va|\s)\s*[0-9]+(?:\s*-\s*[0-9]+)?)*)\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CreateRegex();

    // "tạo 1,2 dù hạn đã qua", "tạo tất cả kể cả hạn đã qua", "tao 1 du da qua han".
    [GeneratedRegex(@"\s*,?\s*(?:du|ke ca)\s+(?:han\s+)?(?:da\s+)?qua(?:\s+han)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PastSuffixRegex();

    // "tạo 1 dù ngày chưa chắc", "tạo tất cả kể cả ngày chưa chắc".
    [GeneratedRegex(@"\s*,?\s*(?:du|ke ca)\s+(?:ngay\s+)?chua\s+chac\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GuessSuffixRegex();

    // "tạo 1 dù chưa khớp", "tạo tất cả kể cả chưa khớp".
    [GeneratedRegex(@"\s*,?\s*(?:du|ke ca)\s+(?:don\s+vi\s+)?chua\s+khop\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnmatchedSuffixRegex();

    [GeneratedRegex(@"^(?:truoc|han chot|han|cham nhat|ten|cho|them|ngoai tru|tru|bot|bo)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ItemAnswerRegex();

    [GeneratedRegex(@"^(?:tao|sua|huy)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SlipRegex();

    // Matched on the typed words with their accents: "nhé", "nha", "đi", "luôn", "giúp", "giùm" (not "ha", "di" in a name).
    [GeneratedRegex(@"[\s,.!]+(?:nhé|nhe|nha|nhá|đi|luôn|giúp|giùm|ạ)[\s.!]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PoliteEndRegex();

    // "tạo 1 dù trùng", "tạo tất cả kể cả trùng".
    [GeneratedRegex(@"\s*,?\s*(?:(?<move>doi)|giu)\s+ngay\s+nghi\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOffSuffixRegex();

    [GeneratedRegex(@"\s*,?\s*(?:du|ke ca)\s+trung\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateSuffixRegex();

    [GeneratedRegex(@"(?<a>[0-9]+)(?:\s*-\s*(?<b>[0-9]+))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^sua\s+(?:(?:cac\s+)?muc\s+)?(?<n>[0-9]+(?:\s*(?:,|;|va(?!\p{L}))\s*[0-9]+)*)(?:\s*[:,.]?\s+(?<what>truoc|han chot|han|cham nhat|ten|cho|them|ngoai tru|tru|bot|bo)(?!\p{L})\s*:?\s*(?<rest>.*))?\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline)]
    private static partial Regex EditRegex();

    // The separator before a further "sửa N" (the next edit starts at its "sửa").
    [GeneratedRegex(@"(?:\s*[,;.\n]\s*(?:va\s+)?|\s+va\s+)(?=/?sua\s+(?:muc\s+)?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NextEditRegex();

    [GeneratedRegex(@"\s+cho\s+", RegexOptions.CultureInvariant)]
    private static partial Regex UnitsAfterDateRegex();
}
