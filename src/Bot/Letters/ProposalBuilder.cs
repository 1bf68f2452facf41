using System.Security.Cryptography;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Letters;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// Reads a letter's deadlines: every "trước / hạn chót / chậm nhất … ngày" phrase (never a bare date, so dates of other
/// documents, periods and "tính đến ngày" figures stay out), with a title from its sentence, its units and warnings.
/// </summary>
internal sealed partial class ProposalBuilder(EntityResolver resolver, DuplicateDeadlineFinder duplicates, DeadlineStore deadlines, WorkingDayCalendar calendar, LetterStore letters, UnitStore units)
{
    /// <param name="firstNumber">The first item's number: a letter proposed while another waits is numbered on from it.</param>
    public async Task<LetterDraft> BuildAsync(string text, DateOnly today, CancellationToken ct, int firstNumber = 1)
    {
        text = OneLineTables.Restore(text);
        var header = LetterHeaderReader.Read(text);
        // A date without a year is the next one after the letter, not after the day it is read.
        var keyworded = DatePhraseParser.FindAll(text, header.Date ?? today, header.Date);
        var labelled = LabelledDeadlines.FindAll(text, header.Date ?? today, header.Date)
            .Where(l => !keyworded.Any(k => Overlap(k.Phrase!, l.Phrase!)));
        var leading = LeadingDeadlines.FindAll(text, header.Date ?? today, header.Date)
            .Where(l => !keyworded.Concat(labelled).Any(k => Overlap(k.Phrase!, l.Phrase!)));
        var found = keyworded.Concat(labelled).Concat(leading).OrderBy(r => r.Phrase!.Start).ToList();
        var sentences = LetterSentences.Split(text);
        // Read once per letter: a 30-page letter repeats unit names, and most due dates match no open deadline.
        var openDueDates = (await deadlines.ListAsync(false, ct)).Select(d => d.DueDate).ToHashSet();
        var resolved = new Dictionary<string, Resolved>(StringComparer.Ordinal);
        var unitNames = found.Count == 0 ? null : UnitNameIndex.Of(await units.AllAsync(ct));
        var addressed = unitNames is null ? null : Addressees.In(text, unitNames);
        var items = new List<DraftDeadline>();
        var skipped = new List<string>();
        var byAddress = false;
        var previousEnd = -1;
        foreach (var result in found)
        {
            var phrase = result.Phrase!;
            var sentence = ListedLines.Joined(text, LetterSentences.At(sentences, phrase.Start));
            if (EndsAPeriod(text, phrase, sentence) || IsACutOff(text, phrase, sentence))
            {
                continue;
            }

            // A letter pasted on one line: its first sentence starts after the "Kính gửi" list, never with the units it names.
            if (addressed is { End: var listEnd } && sentence.Start < listEnd && listEnd <= phrase.Start)
            {
                sentence = sentence with { Start = listEnd };
            }

            var windowStart = Math.Max(sentence.Start, previousEnd);
            // A clause after a semicolon has its own paper; a table row's semicolons only separate the units of a cell.
            var lineStart = text.LastIndexOf('\n', Math.Max(phrase.Start - 1, 0)) + 1;
            if (text.IndexOf('\t', lineStart, phrase.Start - lineStart) < 0)
            {
                var semicolon = text.LastIndexOf(';', Math.Max(phrase.Start - 1, 0), Math.Max(phrase.Start - windowStart, 0));
                windowStart = Math.Max(windowStart, semicolon + 1);
            }

            if (IsTheOfficesOwn(text[windowStart..phrase.Start]))
            {
                previousEnd = phrase.Start + phrase.Length;
                continue;
            }

            var written = Spaces().Replace(text.Substring(phrase.Start, phrase.Length), " ");
            if (OfficeRows.WhyLeftOut(text, phrase.Start) is { } why)
            {
                skipped.Add($"\"{written}\": {why}.");
                previousEnd = phrase.Start + phrase.Length;
                continue;
            }

            var sentenceText = text[sentence.Start..sentence.End];
            var (scope, kind, ids, unmatched, several, toAddressees, untold, counted) = await ScopeLessAsync(ListReferredTo(text, sentences, sentence, unitNames!) ?? sentenceText, unitNames!, addressed, resolved, ct);
            byAddress |= toAddressees;
            var number = items.Count + firstNumber;
            var (due, correction) = phrase.Keyword is LabelledDeadlines.MonthOnly or LabelledDeadlines.OfAQuarter ? MonthEnd(result, written) : Resolve(result, header.Date, today, number);
            var scopeNote = untold is null ? null
                : $"không rõ đơn vị nào là {untold}: đang để {(await units.AllAsync(ct)).Count(u => u.IsGrassroots)} đơn vị; sửa bằng \"sửa {number} cho <mã đơn vị>, …\"";
            var title = DeadlineTitle.From(text[windowStart..phrase.Start], sentence.Heading, text[(phrase.Start + phrase.Length)..Math.Max(phrase.Start + phrase.Length, sentence.End)]);
            // "gửi báo cáo Quý IV/2026": the quarter names the paper as much as its due date.
            title = phrase.Keyword == LabelledDeadlines.OfAQuarter ? $"{title} {written}" : title;
            title = TitleLeftOut.OfACopy(title, items.Count > 0 ? items[^1].Title : null);
            if (items.Count > 0 && previousEnd > sentence.Start && await ApartAsync(text[windowStart..phrase.Start], text[sentence.Start..windowStart], items[^1], unitNames!, addressed, resolved, ct) is { } apart)
            {
                items[^1] = apart.Before with { Warnings = await WarningsAsync(apart.Before, today, ct, openDueDates, header.Date) };
                (title, scope, kind, ids, unmatched, several, counted, scopeNote) = (apart.Title ?? title, DeadlineScope.Units, null, apart.Ids, apart.Unmatched, [], null, null);
            }

            var item = new DraftDeadline(number, title, due, scope, kind, ids,
                unmatched, [], Quote(text, sentence, phrase), written) { Correction = correction, ScopeNote = scopeNote, TitleNote = TitleLeftOut.Guidance(text[windowStart..phrase.Start], title, number), SecondDate = SecondDate(text, phrase, sentence, number), Several = several, ScopeCounted = counted,
                Nearest = unmatched.Where(n => resolved.TryGetValue(n, out var r) && r.Nearest is not null).Distinct().ToDictionary(n => n, n => resolved[n].Nearest!) };
            items.Add(item with { Warnings = await WarningsAsync(item, today, ct, openDueDates, header.Date) });
            previousEnd = phrase.Start + phrase.Length;
        }

        skipped.AddRange(UnreadDates.In(text, found));
        skipped.AddRange(VagueDates.In(text, found));
        return new LetterDraft(NewId(), header.Number, header.Kind, header.Date, null, null, null, items)
        {
            Addressed = byAddress ? [.. addressed!.Names] : [],
            AlreadyCreated = header.Number is { } letterNumber ? await letters.DeadlinesFromNumberAsync(letterNumber, ct) : [],
            Skipped = skipped,
        };
    }

    /// <summary>The warnings of an item as it stands now (after an edit too): its correction, then what is wrong with it.</summary>
    /// <param name="letterDate">The letter's date: a due date set before it (an edit) is flagged.</param>
    public async Task<List<string>> WarningsAsync(DraftDeadline item, DateOnly today, CancellationToken ct, IReadOnlySet<DateOnly>? openDueDates = null, DateOnly? letterDate = null)
    {
        var warnings = new List<string>();
        if (item.Correction is { } correction)
        {
            warnings.Add(correction);
        }

        if (item.Due is not { } due)
        {
            if (item.Correction is null)
            {
                warnings.Add($"ngày trong \"{item.SourcePhrase}\" không có thật; sửa bằng \"sửa {item.Number} trước <ngày>\"");
            }

            return warnings;
        }

        if (due < today)
        {
            warnings.Add($"hạn {VietnameseWording.Date(due)} đã qua; sửa bằng \"sửa {item.Number} trước <ngày>\"");
        }

        if (item.Correction is null && letterDate is { } letter && due < letter)
        {
            warnings.Add($"hạn {VietnameseWording.Date(due)} sớm hơn ngày văn bản {VietnameseWording.Date(letter)}; kiểm tra lại");
        }

        // A date already past is fixed first: moving it to the working day before would still be past.
        if (due >= today && !calendar.IsWorkingDay(due))
        {
            warnings.Add($"{VietnameseWording.Date(due)} là ngày nghỉ ({calendar.HolidayName(due) ?? VietnameseWording.Weekday(due.DayOfWeek)})");
        }

        if (item.Unmatched.Any(item.Several.ContainsKey))
        {
            // The hint's command keeps the units already matched: "sửa 7 cho CDN" alone would drop them.
            var all = await units.AllAsync(ct);
            var matched = item.UnitIds.Select(id => all.FirstOrDefault(u => u.Id == id)?.Code).OfType<string>().ToList();
            foreach (var name in item.Unmatched.Where(item.Several.ContainsKey))
            {
                var codes = item.Several[name];
                warnings.Add($"\"{name}\" khớp nhiều đơn vị: {string.Join(", ", codes)}; chọn bằng \"sửa {item.Number} cho {string.Join(", ", matched.Append(codes.FirstOrDefault(c => !matched.Contains(c)) ?? codes[0]).Distinct())}\" (hoặc mã khác)");
            }
        }

        if (item.Unmatched.Where(n => !item.Several.ContainsKey(n)).ToList() is { Count: > 0 } none)
        {
            var near = none.Where(item.Nearest.ContainsKey).Select(n => $"\"{n}\" có phải {item.Nearest[n]}?").ToList();
            warnings.Add($"chưa khớp đơn vị {string.Join(", ", none.Select(n => $"\"{n}\""))}; sửa bằng \"sửa {item.Number} cho <mã đơn vị>, …\"{(near.Count > 0 ? " (" + string.Join("; ", near) + ")" : string.Empty)}");
        }

        if (item.Scope == DeadlineScope.Units && item.UnitIds.Count == 0)
        {
            warnings.Add("chưa có đơn vị nào");
        }

        var candidate = new NewDeadline(item.Title, due, item.Scope, item.ScopeKind, item.UnitIds, Recurrence.None, item.SourcePhrase, string.Empty);
        if ((openDueDates is null || openDueDates.Contains(due)) && await duplicates.FindAsync(candidate, ct) is [var same, ..])
        {
            warnings.Add($"trùng với việc #{same.Id} \"{same.Title}\" đang mở (cùng đơn vị, cùng hạn)");
        }

        if (item.TitleNote is { } titleNote)
        {
            warnings.Add(titleNote);
        }

        if (item.ScopeNote is { } scopeNote)
        {
            warnings.Add(scopeNote);
        }

        if (item.SecondDate is { } second)
        {
            warnings.Add(second);
        }

        return warnings;
    }

    private async Task<(DeadlineScope Scope, UnitKind? Kind, List<long> Ids, List<string> Unmatched, Dictionary<string, IReadOnlyList<string>> Several, bool ToAddressees, string? Untold)> ScopeAsync(string sentence, UnitNameIndex unitNames, Addressees? addressed, Dictionary<string, Resolved> resolved, CancellationToken ct)
    {
        var folded = VietnameseText.Fold(sentence);
        // A list after "gồm" names its units; otherwise a sentence that names a whole group is about the group, even
        // when it mentions a unit too ("các chi, đảng bộ cơ sở phối hợp với Sở Y tế …").
        var groups = UnitGroups.In(folded);
        var names = NamedUnits.In(sentence, unitNames) is { Count: > 0 } listed ? listed
            : groups.Count == 0 ? Subject(sentence, unitNames)
            : [];
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
            // "Kính gửi: - Đảng bộ Sở Y tế; - Chi bộ Báo Yên Bái" then "đề nghị các đơn vị …": the units addressed.
            return (DeadlineScope.Units, null, [.. addressed.Ids], [.. addressed.Unmatched], [], true, null);
        }

        // A sentence naming no group is for the groups the letter is addressed to ("Kính gửi: - Các đoàn thể khối.").
        var toGroups = groups.Count == 0 ? addressed : null;
        if ((groups.Count > 0 ? UnitGroups.Tagged(folded) : toGroups?.Tagged) is { } tagged)
        {
            // "Các đơn vị doanh nghiệp": the units the store tags so; when none is, every grassroots unit, said so.
            var taggedIds = (await units.AllAsync(ct)).Where(u => u.IsGrassroots && u.Tags.Contains(tagged.Tag, StringComparer.OrdinalIgnoreCase)).Select(u => u.Id).ToList();
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
        var subject = NamedUnits.Subject(sentence, unitNames);
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

    /// <summary>"từ ngày 01/10/2023 đến hết ngày 30/9/2024" is a period, not a deadline.</summary>
    private static bool EndsAPeriod(string text, DatePhrase phrase, LetterSentence sentence)
    {
        if (phrase.Keyword != "đến hết")
        {
            return false;
        }

        var from = Math.Max(sentence.Start, phrase.Start - 60);
        return PeriodStart().IsMatch(VietnameseText.Fold(text[from..phrase.Start]));
    }

    /// <summary>
    /// "Số liệu tính đến hết ngày 30/11", "Kết quả thực hiện đến hết ngày 30/11 …": the day figures are counted to, not a
    /// day to hand anything in.
    /// </summary>
    private static bool IsACutOff(string text, DatePhrase phrase, LetterSentence sentence)
    {
        if (phrase.Keyword != "đến hết")
        {
            return false;
        }

        var from = Math.Max(sentence.Start, phrase.Start - 30);
        return CutOffBefore().IsMatch(VietnameseText.Fold(text[from..phrase.Start]));
    }

    /// <summary>
    /// A clause whose subject is the office itself ("Ban Tuyên giáo tổng hợp, báo cáo Ban Thường vụ …", "Đảng ủy Khối sẽ
    /// tổ chức hội nghị …") is the office's own work, not the units'; unless it asks the units ("Ban Thường vụ Đảng ủy
    /// Khối đề nghị các đơn vị …").
    /// </summary>
    private static bool IsTheOfficesOwn(string clause)
    {
        var folded = VietnameseText.Fold(clause);
        return OfficeSubject().IsMatch(folded) && !AsksTheUnits().IsMatch(folded);
    }

    /// <summary>The sentence, or 140 characters around the date when it is long, on word boundaries.</summary>
    private static string Quote(string text, LetterSentence sentence, DatePhrase phrase)
    {
        const int Before = 110;
        const int After = 30;
        var start = sentence.Start;
        var end = sentence.End;
        var cutStart = phrase.Start - start > Before;
        var cutEnd = end - (phrase.Start + phrase.Length) > After;
        if (cutStart)
        {
            start = text.IndexOf(' ', phrase.Start - Before) is var space && space >= 0 && space < phrase.Start ? space + 1 : phrase.Start - Before;
        }

        if (cutEnd)
        {
            end = text.LastIndexOf(' ', phrase.Start + phrase.Length + After) is var space && space > phrase.Start + phrase.Length ? space : phrase.Start + phrase.Length + After;
        }

        var quote = Spaces().Replace(text[start..end], " ").Trim();
        return (cutStart ? "…" : string.Empty) + quote + (cutEnd ? "…" : string.Empty);
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<!\p{L})cac\s+don\s+vi\s+(?:nay|tren|neu\s+tren|noi\s+tren)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ThoseUnits();

    [GeneratedRegex(@"^\s*(?:\([^)\n]{0,40}\))?\s*(?:,|va|hoac)\s+(?:ngay\s+)?(?<also>[0-9]{1,2}\s?/\s?[0-9]{1,2}(?:\s?/\s?[0-9]{2,4})?(?:\s*\([^)\n]{0,40}\))?)", RegexOptions.CultureInvariant)]
    private static partial Regex AlsoDated();

    [GeneratedRegex(@"^(?:dang bo|chi bo) ", RegexOptions.CultureInvariant)]
    private static partial Regex KindPrefix();

    [GeneratedRegex(@"(?<!\p{L})tu\s+(?:ngay\s+)?[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodStart();

    // "tính đến hết", "thực hiện đến hết", "số liệu … đến hết", "lũy kế đến hết".
    [GeneratedRegex(@"(?<!\p{L})(?:tinh|thuc\s+hien|so\s+lieu|luy\s+ke)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CutOffBefore();

    // The office and its bodies at the start of a clause (after its number or dash); not the province's "Ban Tổ chức
    // Tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh", which are units.
    [GeneratedRegex(@"^\s*(?:(?:[0-9]+(?:\.[0-9]+)*\.?|[ivx]+\.|[a-z]\)|[-–•+*])\s*)?(?:ban\s+thuong\s+vu|thuong\s+truc|ban\s+tuyen\s+giao|ban\s+to\s+chuc|ban\s+dan\s+van|uy\s+ban\s+kiem\s+tra|van\s+phong\s+dang\s+uy|(?:co\s+quan\s+)?dang\s+uy\s+khoi)(?!\p{L})(?!\s+tinh(?!\p{L}))", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeSubject();

    [GeneratedRegex(@"(?<!\p{L})(?:de\s+nghi|yeu\s+cau|giao\s+cho|giao\s+cac|don\s+doc|chi\s+dao|huong\s+dan\s+cac)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AsksTheUnits();
}
