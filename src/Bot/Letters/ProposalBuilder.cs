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
        text = OneLineTables.Restore(text, UnitNameIndex.Of(await units.AllAsync(ct)));
        var header = LetterHeaderReader.Read(text);
        var found = Dates(text, header.Date, today);
        // A letter dated in the wrong year ("20/3/2023" on a 2024 letter): its dates are read again against its likely date.
        var yearsWritten = found.Where(r => r.Date is not null && !r.YearWasInferred).Select(r => r.Date!.Value).ToList();
        var judgedOn = LetterYearCheck.BestDate(header.Date, yearsWritten, today);
        var dated = judgedOn ?? header.Date;
        if (judgedOn is not null)
        {
            found = Dates(text, judgedOn, today);
        }

        var sentences = LetterSentences.Split(text);
        var subject = LetterSubject.In(text);
        // Read once per letter: a 30-page letter repeats unit names, and most due dates match no open deadline.
        var open = await deadlines.ListAsync(false, ct);
        var openDueDates = open.Select(d => d.DueDate).ToHashSet();
        var resolved = new Dictionary<string, Resolved>(StringComparer.Ordinal);
        var unitNames = found.Count == 0 ? null : UnitNameIndex.Of(await units.AllAsync(ct));
        var addressed = unitNames is null ? null : Addressees.In(text, unitNames);
        var items = new List<DraftDeadline>();
        var skipped = new List<string>();
        var byAddress = false;
        var theRest = new List<int>();
        // Where each item's date stands in the text: "các đơn vị còn lại" in a table row is told from the other rows by it.
        var starts = new List<int>();
        var previousEnd = -1;
        var previousStart = -1;
        var blanked = new List<(int Start, int End)>();
        var previousWindow = -1;
        DateOnly? correctedAway = null;
        string? correctedClause = null;
        // "Công văn này thay thế Công văn số 2318-CV/ĐUK …": its items move the deadlines given from that letter.
        var replaced = found.Count == 0 ? null : ReplacedLetter(text);
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
                // "…, gồm: Ban Quản lý …; Cục Thống kê …, trước ngày …": a semicolon inside the list of units, not a clause.
                if (semicolon < 0 || !InAList(text, windowStart, semicolon, phrase.Start))
                {
                    windowStart = Math.Max(windowStart, semicolon + 1);
                }
            }

            var written = Spaces().Replace(text.Substring(phrase.Start, phrase.Length), " ");
            // "Trước ngày 05/01/2027, Ban Tuyên giáo hoàn thiện …": the subject after the date.
            // "Ban Tuyên giáo gia hạn thời gian gửi … đến hết ngày …": the office moves the units' date, its own work is none.
            var corrects = Corrects(text[windowStart..phrase.Start]);
            var extends = corrects || ExtendedDeadlines.Extends(text[windowStart..phrase.Start]);
            // "Đính chính …: "trước ngày 15/12/2026" nay sửa thành …": the corrected date; "… để tổng hợp, báo cáo Ban Thường vụ
            // Tỉnh ủy trước …" after the units' date: the office's onward report.
            if (CorrectedAway(text, phrase, sentence) || items.Count > 0 && previousEnd > sentence.Start && OnwardReport(text[windowStart..phrase.Start]))
            {
                skipped.Add(CorrectedAway(text, phrase, sentence)
                    ? $"\"{written}\": ngày trong văn bản được đính chính (ngày cũ), không phải hạn nộp mới."
                    : $"\"{written}\": việc của Ban Tuyên giáo (tổng hợp, báo cáo cấp trên), không phải hạn nộp của các đơn vị.");
                correctedAway = CorrectedAway(text, phrase, sentence) ? result.Date : correctedAway;
                correctedClause = CorrectedAway(text, phrase, sentence) ? text[windowStart..phrase.Start] : correctedClause;
                previousEnd = phrase.Start + phrase.Length;
                continue;
            }

            if (!extends && (OfficesOwn(text[windowStart..phrase.Start]) ?? (text[windowStart..phrase.Start].Any(char.IsLetter) ? null : OfficesOwn(text[(phrase.Start + phrase.Length)..Math.Max(phrase.Start + phrase.Length, sentence.End)]))) is { } body)
            {
                skipped.Add($"\"{written}\": việc của {Spaces().Replace(body, " ")}, không phải hạn nộp của các đơn vị.");
                previousEnd = phrase.Start + phrase.Length;
                continue;
            }

            if (OfficeRows.WhyLeftOut(text, phrase.Start) is { } why)
            {
                skipped.Add($"\"{written}\": {why}.");
                previousEnd = phrase.Start + phrase.Length;
                continue;
            }

            // "Căn cứ Hướng dẫn … về việc báo cáo trước …", "(hạn cũ trước …)", "Đơn vị nào gửi trước … sẽ được biểu dương".
            if (NotDue(text, windowStart, phrase, sentence, result.Date, dated, found.Count > 1, NextStart(found, phrase, text.Length)) is var (notDue, bracket))
            {
                skipped.Add($"\"{written}\": {await NamingTheGivenAsync(notDue, text[sentence.Start..sentence.End], header.Number, open, result.Date, ct)}.");
                if (bracket is { } inBrackets)
                {
                    // The bracket is an aside: the clause around it keeps its paper and units for the date after it.
                    blanked.Add(inBrackets);
                }
                else
                {
                    previousEnd = phrase.Start + phrase.Length;
                }

                continue;
            }

            // "…; các đơn vị gửi muộn thì gửi trước ngày 18/12": a later date allowed for the paper of the item before; "…, bản
            // giấy gửi trước ngày 18/12": a copy of that paper; "… và gửi bổ sung số liệu (nếu có) trước ngày 22/12": what a unit
            // may add. Each is a note on the item, never a second deadline.
            if (items.Count > 0 && (Grace(text[windowStart..phrase.Start]) ? "văn bản cho gửi muộn" : OptionalSupplement(text[windowStart..phrase.Start]) ? "văn bản cho gửi bổ sung (nếu có)" : CopyOf(text[windowStart..phrase.Start], text[(phrase.Start + phrase.Length)..Math.Max(phrase.Start + phrase.Length, sentence.End)], items[^1].Title) is { } copy ? $"văn bản còn ghi hạn {copy}" : null) is { } noted)
            {
                items[^1] = items[^1] with { SecondDate = $"{noted}: \"{NoteQuote(text, windowStart, phrase, sentence.End, written)}\" — chưa dùng làm hạn; muốn dùng ngày đó, gõ \"sửa {items[^1].Number} trước <ngày>\"" };
                items[^1] = items[^1] with { Warnings = await WarningsAsync(items[^1], today, ct, openDueDates, dated) };
                previousEnd = phrase.Start + phrase.Length;
                continue;
            }

            // "hoàn thành việc tự kiểm tra trước 15/12 và gửi báo cáo kết quả trước 20/12": the work's date, not a hand-in.
            if (WorkBeforeSending(text, windowStart, phrase, sentence, found.Select(f => f.Phrase!)) is { } work)
            {
                skipped.Add($"\"{written}\": hạn {work}, không phải hạn nộp; hạn nộp là ngày sau đó trong cùng câu.");
                previousEnd = phrase.Start + phrase.Length;
                continue;
            }

            // "…trước ngày 15/12/2026; các đơn vị có từ 100 đảng viên gửi … trước ngày 20/12/2026": the units of the clause
            // after a ";" or "(" holding the next date are that date's, never this one's.
            var next = NextStart(found, phrase, sentence.End);
            var clauseEnd = next < sentence.End ? text.IndexOfAny([';', '('], phrase.Start + phrase.Length, next - phrase.Start - phrase.Length) : -1;
            var sentenceText = text[sentence.Start..(clauseEnd < 0 ? sentence.End : clauseEnd)];
            var exempted = ExceptedUnits.Exempted(text[(phrase.Start + phrase.Length)..Math.Max(phrase.Start + phrase.Length, Math.Min(NextStart(found, phrase, text.Length), sentences.FirstOrDefault(s => s.Start >= sentence.End && text[s.Start..s.End].Any(char.IsLetter))?.End ?? sentence.End))]);
            var (scope, kind, ids, unmatched, several, toAddressees, untold, counted) = await ScopeLessAsync(ListReferredTo(text, sentences, sentence, unitNames!) ?? InlineBullets.Own(text, sentence.Start, sentence.End, phrase.Start, found.Select(f => f.Phrase!.Start)) ?? ListedLines.Below(text, sentence) ?? OwnClause(text, sentence, phrase, found.Select(f => f.Phrase!), unitNames!) ?? sentenceText, unitNames!, addressed, resolved, ct, exempted);
            // "…, các đơn vị còn lại gửi trước ngày …": the group, less the units named elsewhere once every item is read.
            var theRestAsked = TheRestIn(text[windowStart..phrase.Start]);
            if (theRestAsked is not null)
            {
                (scope, kind, ids, unmatched, several, toAddressees, untold, counted) = await ScopeLessAsync(theRestAsked, unitNames!, addressed, resolved, ct);
            }

            byAddress |= toAddressees;
            var number = items.Count + firstNumber;
            var (due, correction) = phrase.Keyword is LabelledDeadlines.MonthOnly or LabelledDeadlines.OfAQuarter ? MonthEnd(result, written) : Resolve(result, dated, today, number);
            correction = phrase.Keyword == LabelledDeadlines.PeriodEnd ? PeriodEndNote(written, due, correction) : correction;
            var scopeNote = untold is null ? null
                : $"không rõ đơn vị nào là {untold}: đang để {(await units.AllAsync(ct)).Count(u => u.IsGrassroots)} đơn vị; sửa bằng \"sửa {number} cho <mã đơn vị>, …\"";
            var titled = blanked.Count == 0 ? text : Blanked(text, blanked);
            var title = DeadlineTitle.From(titled[windowStart..phrase.Start], sentence.Heading, titled[(phrase.Start + phrase.Length)..Math.Max(phrase.Start + phrase.Length, sentence.End)], subject);
            // "gửi báo cáo Quý IV/2026": the quarter names the paper as much as its due date.
            title = phrase.Keyword == LabelledDeadlines.OfAQuarter && !VietnameseText.Fold(title).Contains(VietnameseText.Fold(written), StringComparison.Ordinal) ? $"{title} {written}" : title;
            title = TitleLeftOut.OfACopy(title, items.Count > 0 ? items[^1].Title : null);
            // "Các đơn vị xây dựng báo cáo kết quả tự kiểm tra QCDC năm 2026. Hạn chót nộp báo cáo: 18/12/2026.": the paper
            // named in the sentence before, when that sentence holds no due date of its own.
            title = sentence.Start > 0 && LetterSentences.At(sentences, sentence.Start - 1) is var before && before.End <= sentence.Start
                && !found.Any(f => f.Phrase!.Start >= before.Start && f.Phrase.Start < before.End) ? TitleLeftOut.FromSentenceBefore(title, titled[before.Start..before.End]) : title;
            // "…, các đơn vị còn lại gửi trước …" names no paper: the paper of the item before.
            title = theRestAsked is not null && items.Count > 0 && !DeadlineTitle.NamesAPaper(text[windowStart..phrase.Start]) ? items[^1].Title : title;
            // "Rà soát …; kết quả gửi trước …": the result of the work said before it, not a paper named "Kết quả".
            title = DeadlineTitle.OfAResult(titled[windowStart..phrase.Start], titled[sentence.Start..phrase.Start], sentence.Heading, subject) ?? title;
            // A reminder ("Đề nghị các đơn vị chưa gửi khẩn trương gửi … trước …") names no paper: the one not yet sent.
            var earlier = sentence.Start > 0 ? LetterSentences.At(sentences, sentence.Start - 1) : null;
            var notSent = ReminderLetters.PaperNotSent(titled[windowStart..phrase.Start], earlier is not null && earlier.End <= sentence.Start ? titled[earlier.Start..earlier.End] : string.Empty);
            title = notSent is not null && !DeadlineTitle.NamesAPaper(titled[windowStart..Math.Max(phrase.Start + phrase.Length, sentence.End)].Remove(phrase.Start - windowStart, phrase.Length)) ? notSent : title;
            // "Đợt 1 trước 10/12/2026; đợt 2 trước 20/12/2026": each phase is the paper of the item before, for its units.
            if (DuePhases.Before(text[windowStart..phrase.Start]) is { } phase)
            {
                var onlyAPhase = items.Count > 0 && DuePhases.OnlyAPhase(text[windowStart..phrase.Start]);
                title = DuePhases.Titled(onlyAPhase ? items[^1].Title : title, phase);
                (scope, kind, ids, unmatched, several, counted) = onlyAPhase ? (items[^1].Scope, items[^1].ScopeKind, [.. items[^1].UnitIds], [.. items[^1].Unmatched], new Dictionary<string, IReadOnlyList<string>>(items[^1].Several), items[^1].ScopeCounted) : (scope, kind, ids, unmatched, several, counted);
            }

            // "…trước ngày 15/12/2026. Đảng bộ Sở Y tế được gia hạn đến ngày 22/12/2026.": the next sentence may set units apart too.
            var runsOn = previousEnd > sentence.Start || (previousEnd >= 0 && previousEnd <= sentence.Start && !text[previousEnd..sentence.Start].Any(char.IsLetterOrDigit));
            // "Các đảng bộ gửi …; các chi bộ gửi …; Hội Cựu chiến binh Khối gửi …": the clause of the item before, when it names its units.
            var askedBefore = previousEnd > sentence.Start ? text[(previousWindow > sentence.Start && NamesItsUnits(text[previousWindow..windowStart], unitNames!) ? previousWindow : sentence.Start)..windowStart]
                : previousStart >= 0 && runsOn ? text[previousStart..previousEnd] : string.Empty;
            // "…; các chi bộ gửi trước …": the semicolon stays, to tell a clause run on from a sentence of its own.
            var clause = windowStart > 0 && text[windowStart - 1] == ';' ? text[(windowStart - 1)..phrase.Start] : text[windowStart..phrase.Start];
            if (items.Count > 0 && runsOn && await ApartAsync(clause, askedBefore, items[^1], unitNames!, addressed, resolved, ct) is { } apart)
            {
                items[^1] = apart.Before with { Warnings = await WarningsAsync(apart.Before, today, ct, openDueDates, dated) };
                (title, scope, kind, ids, unmatched, several, counted, scopeNote) = (apart.Title ?? title, DeadlineScope.Units, null, apart.Ids, apart.Unmatched, [], null, null);
            }

            var item = new DraftDeadline(number, title, due, scope, kind, ids,
                unmatched, [], Quote(text, sentence, phrase), written + DueHour.After(text, phrase.Start + phrase.Length)) { Correction = correction, Yearly = Recurring(text, phrase, sentence), ScopeNote = scopeNote, TitleNote = TitleLeftOut.Guidance(titled[windowStart..phrase.Start], title, number), SecondDate = SecondDate(text, phrase, sentence, number), Optional = OptionalPaper(text[windowStart..phrase.Start], number), Weekday = WrittenWeekday.Near(text, phrase.Start, phrase.Length), Several = several, ScopeCounted = counted,
                Nearest = unmatched.Where(n => resolved.TryGetValue(n, out var r) && r.Nearest is not null).Distinct().ToDictionary(n => n, n => resolved[n].Nearest!) };
            if (theRestAsked is not null)
            {
                theRest.Add(items.Count);
            }

            // A reminder names again the paper of an open deadline: "gắn N" moves that one rather than making a second.
            if (!extends && notSent is not null && item.Due is not null && ReminderLetters.Reminded(item.Title, open) is { } reminded)
            {
                item = item with { Moves = reminded.Id, Reminds = true };
            }

            // "Đính chính …: "trước ngày 15/12/2026" nay sửa thành "trước ngày 18/12/2026"": the words between the dates name no paper.
            if (corrects && CorrectionTitle(correctedClause, text[sentence.Start..sentence.End], sentence.Heading, subject) is var (correctionTitle, unnamed))
            {
                item = item with { Title = correctionTitle, TitleNote = unnamed ? $"văn bản đính chính không nêu tên việc; đặt tên bằng \"sửa {number} tên …\"" : item.TitleNote };
            }

            // An extension letter's item is the open deadline it extends, moved: "gắn N" rather than a second deadline.
            if (extends && open.Count > 0 && item.Due is not null)
            {
                var corrected = corrects ? await CorrectedAsync(text, header.Number, open, correctedAway, ct) : null;
                item = corrected is null ? item with { Moves = (await duplicates.ExtendedAsync(item.Candidate(), open, ct))?.Id } : item with { Moves = corrected.Id, Title = corrected.Title, TitleNote = null };
            }
            else if (replaced is { } replacing && replacing.Number != header.Number && item.Due is not null
                     && await ReplacedAsync(replacing.Number, item, open, found.Count == 1, ct) is { } given)
            {
                item = item with { Moves = given.Id, Replaces = replacing.Written };
            }

            // "Lưu ý: báo cáo sơ kết gửi trước ngày 10/12/2026 qua phần mềm": the item before, said again.
            if (Repeated(items, item) is { } repeated)
            {
                skipped.Add($"\"{written}\": nhắc lại hạn của mục {repeated.Number} (cùng việc, cùng đơn vị, cùng hạn), không tạo việc thứ hai.");
                previousEnd = phrase.Start + phrase.Length;
                continue;
            }

            foreach (var each in InTurn(text, sentence, phrase, item) ?? PapersInTurn(text, sentence, phrase, item) ?? [item])
            {
                items.Add(each with { Warnings = await WarningsAsync(each, today, ct, openDueDates, dated) });
                starts.Add(phrase.Start);
            }

            // "… báo cáo quý IV/2026 trước ngày 15/12/2026 và báo cáo năm 2026 cùng thời hạn": a second paper, same day and units.
            if (SameDeadline(text, phrase, sentence) is { } alsoDue)
            {
                var also = item with { Number = items.Count + firstNumber, Title = DeadlineTitle.From(alsoDue, sentence.Heading, string.Empty, subject), SecondDate = null, TitleNote = null };
                items.Add(also with { Warnings = await WarningsAsync(also, today, ct, openDueDates, dated) });
                starts.Add(phrase.Start);
            }

            previousStart = sentence.Start;
            previousWindow = windowStart;
            previousEnd = phrase.Start + phrase.Length;
        }

        items = await LessTheNamedAsync(items, theRest, i => TableRows.Around(text, starts[i]), i => WarningsAsync(i, today, ct, openDueDates, dated), ct);

        items = WithEnclosures(text, sentences, found, items, skipped);
        skipped.AddRange(UnreadDates.In(text, found));
        skipped.AddRange(VagueDates.In(text, found));
        return await MatchCreatedAsync(new LetterDraft(NewId(), header.Number, header.Kind, header.Date, null, null, null, items)
        {
            Addressed = byAddress ? [.. addressed!.Names] : [],
            AlreadyCreated = header.Number is { } letterNumber ? await letters.DeadlinesFromNumberAsync(letterNumber, ct) : [],
            Skipped = skipped,
            // A letter that asks for nothing is not warned about its year: no due date is judged against it.
            JudgedOn = items.Count > 0 ? judgedOn : null,
            DateNote = judgedOn is { } best && items.Count > 0 ? LetterYearCheck.Warning(header.Date!.Value, best, yearsWritten, today) : null,
        }, today, ct);
    }

    /// <summary>
    /// Every due date phrase, in the letter's order. A date without a year is the next one after the letter, not after
    /// the day it is read.
    /// </summary>
    private static List<DateParseResult> Dates(string text, DateOnly? letterDate, DateOnly today)
    {
        var keyworded = DatePhraseParser.FindAll(text, letterDate ?? today, letterDate);
        var labelled = LabelledDeadlines.FindAll(text, letterDate ?? today, letterDate)
            .Where(l => !keyworded.Any(k => Overlap(k.Phrase!, l.Phrase!)));
        var leading = LeadingDeadlines.FindAll(text, letterDate ?? today, letterDate)
            .Where(l => !keyworded.Concat(labelled).Any(k => Overlap(k.Phrase!, l.Phrase!)));
        return [.. keyworded.Concat(labelled).Concat(leading).OrderBy(r => r.Phrase!.Start)];
    }

    /// <summary>Where the due date after <paramref name="phrase"/> starts, or <paramref name="none"/>.</summary>
    private static int NextStart(List<DateParseResult> found, DatePhrase phrase, int none) =>
        found.Select(f => f.Phrase!.Start).Where(s => s > phrase.Start && s < none).DefaultIfEmpty(none).Min();

    /// <summary>The semicolon at <paramref name="semicolon"/> separates the names of a "gồm:" list: no paper after it.</summary>
    private static bool InAList(string text, int from, int semicolon, int to) =>
        ListOpener().IsMatch(VietnameseText.Fold(text[from..semicolon])) && !DeadlineTitle.NamesAPaper(text[(semicolon + 1)..to]);

    [GeneratedRegex(@"(?<!\p{L})(?:bao\s+)?gom(?:\s+co)?\s*:|,\s*(?:bao\s+)?gom(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ListOpener();

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();


    [GeneratedRegex(@"^\s*(?:\([^)\n]{0,40}\))?(?:\s*[,;]\s*|\s+(?:va|hoac)\s+|\s*\v\s*|(?<=\))\s+)(?:ngay\s+)?(?<also>[0-9]{1,2}\s?/\s?[0-9]{1,2}(?:\s?/\s?[0-9]{2,4})?(?:\s*\([^)\n]{0,40}\))?)", RegexOptions.CultureInvariant)]
    private static partial Regex AlsoDated();
}
