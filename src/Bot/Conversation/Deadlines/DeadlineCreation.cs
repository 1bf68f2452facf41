using System.Text;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// Turns "/giao Báo cáo … trước ngày 25/10/2024 cho …" into a deadline. A date with a suspicious year (far from
/// this year, or already past) is not created until the admin confirms it.
/// </summary>
internal sealed partial class DeadlineCreation(DeadlineStore deadlines, UnitStore units, ScopeParser scopes, DuplicateDeadlineFinder duplicates, OfficeClock clock, DayOffOffer dayOff, NewDeadlineNotice notice, ImpossibleDateAdvice advice, Letters.ProposalBuilder letters)
{
    public const string Usage = "Cách dùng: /giao <tên việc> trước <ngày> [cho <đơn vị>, …|tất cả|đảng bộ|chi bộ|đoàn thể] [hằng năm]\n" +
                                "Ví dụ: /giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024";

    public Task StartAsync(TurnContext context, string arguments, CancellationToken ct) => StartAsync(context, arguments, sentence: null, ct);

    /// <param name="sentence">The letter's sentence the command was read from (see <see cref="LetterSentence"/>): confirmed before creating.</param>
    private async Task StartAsync(TurnContext context, string arguments, string? sentence, CancellationToken ct)
    {
        if (arguments.Trim().Length == 0)
        {
            context.Reply(Usage);
            return;
        }

        var today = clock.Today;
        var parsed = DatePhraseParser.Parse(arguments, today);
        if (parsed.Problem == DateProblem.ImpossibleDate)
        {
            var phrase = arguments.Substring(parsed.Phrase!.Start, parsed.Phrase.Length);
            context.Reply($"Ngày trong \"{phrase}\" không có thật (ví dụ 31/4 hay 29/2 của năm không nhuận). Chưa tạo việc nào. " +
                          $"Xin gõ lại với ngày có thật, ví dụ: /giao {advice.Retyped(arguments, parsed.Phrase.Start, parsed.Phrase.Length)}");
            return;
        }

        if (parsed.Date is not { } due || parsed.Phrase is not { } found)
        {
            context.Reply("Không thấy hạn nộp trong lệnh. " + Usage);
            return;
        }

        if (sentence is null && LetterSentence.Looks(arguments[..found.Start]))
        {
            if (await ReadSentenceAsync(context, arguments, found, due, ct) is { } read)
            {
                await StartAsync(context, read, arguments, ct);
            }

            return;
        }

        if (SeveralDueDates.Reply(arguments, found, today) is { } several)
        {
            context.Reply(several);
            return;
        }

        if (QualifiedScope.Find(arguments) is var (qualifier, without, excluding) && DatePhraseParser.Parse(without, today).Phrase is { } dated)
        {
            // The whole group would remind units the office never meant; only the office knows which ones are.
            var after = without[(dated.Start + dated.Length)..].Trim();
            var command = $"{TypedTitle.From(without[..dated.Start]).Title} {without.Substring(dated.Start, dated.Length)}{(after.Length > 0 ? " " + after : string.Empty)}";
            var askFor = excluding
                ? "Cần trừ ra những đơn vị nào (không giao việc này)? Gõ các đơn vị cần trừ ra "
                : "Đó là những đơn vị nào? Gõ các đơn vị đó ";
            AskForUnits(context, $"Bot không biết \"{qualifier}\" là những đơn vị nào, nên chưa tạo việc nào. {askFor}",
                $"/giao {command}{(excluding ? string.Empty : " cho")} <mã>, <mã>, …", command, await units.AllAsync(ct));
            return;
        }

        // "Báo cáo … gửi về Ban Tuyên giáo trước 15/12": where to send it is no part of the title.
        // "bc 6 thang" is stored as "Báo cáo 6 thang": the title is read by units and printed in every list.
        var beforeDate = arguments[..found.Start];
        var rest = arguments[(found.Start + found.Length)..].Trim();
        var leadingScope = await LeadingScopeAsync(beforeDate, context.State, ct);
        if (leadingScope is null && ScopeParser.Explicit(rest).Scope.Length == 0)
        {
            // "Báo cáo nhanh cho TTRA, CTK trước 25/1": the scope between title and date, read as one after the date is.
            var (between, unread) = await TrailingScopeAsync(beforeDate, context.State, ct);
            if (unread is not null)
            {
                context.Reply(unread);
                return;
            }

            leadingScope = between;
        }

        var (title, dropped) = TypedTitle.From(leadingScope?.Title ?? beforeDate);
        if (title.Length == 0 || (LeadingScope.OnlyScope(title) is { } named && await IsScopeAsync(named, context.State, ct)))
        {
            // "Cho NHNN, SYT trước 10/2": a scope and a date but no title; units would be told "Việc mới: Cho NHNN, SYT".
            context.Reply($"Thiếu tên việc{(title.Length > 0 ? $" (\"{title}\" là phần đơn vị)" : string.Empty)}, chưa tạo việc nào. Tên việc là gì? " + Usage);
            return;
        }

        var recurrence = Recurrence.None;
        foreach (var yearly in new[] { "hằng năm", "hàng năm", "hang nam" })
        {
            var at = VietnameseFold.Fold(rest).IndexOf(VietnameseFold.Fold(yearly), StringComparison.Ordinal);
            if (at >= 0)
            {
                recurrence = Recurrence.Yearly;
                rest = (rest[..at] + rest[(at + yearly.Length)..]).Trim(' ', ',', '.');
                break;
            }
        }

        // Only an explicit scope is a scope ("cho …", or a group of units the way letters name them); anything else
        // after the date ("nhé", "để tổng hợp, báo cáo theo quy định.", a note in brackets) is not a unit list.
        (var scopeText, var ignored, leadingScope) = ScopeAfterDate.Read(rest, leadingScope, await units.AllAsync(ct));
        if (leadingScope is { } leading)
        {
            if (scopeText.Length > 0)
            {
                context.Reply($"Lệnh ghi đơn vị hai lần: \"{leading.Scope}\" trước tên việc và \"{scopeText}\" sau ngày hạn. Xin gõ lại chỉ với một phần đơn vị; chưa tạo việc nào.");
                return;
            }

            scopeText = leading.Scope;
        }
        else if (ignored.Length > 0 && !ScopeParser.Opens(rest) && await units.AllAsync(ct) is var all &&
                 (scopeText.Length == 0 || ScopeParser.HasExclusion(scopeText) ? ignored : rest) is var written && UnitsWithoutCho.In(written, all).Count > 0)
        {
            // "… trước 18/12, gửi Đảng bộ Ngân hàng Nhà nước và Đảng bộ Sở Y tế", "… cac dang bo NHNN, SYT", "… Đảng ủy
            // Khối đề nghị Đảng bộ Sở Y tế hoàn thành": a unit's own name or code after a group's words (the group's
            // words being the start of the name) is those units, never the whole group with the names left out; ask.
            AskUnitsWithoutCho(context, $"{beforeDate.TrimEnd()} {arguments.Substring(found.Start, found.Length)}{(recurrence == Recurrence.Yearly ? " hằng năm" : string.Empty)}",
                written, all);
            return;
        }

        var (scope, problem, ambiguous) = await scopes.ParseAsync(scopeText, context.State, ct);
        if (ambiguous is { } which)
        {
            context.AskWhich($"\"{which.Piece}\" khớp với nhiều đơn vị. Ý bạn là đơn vị nào?", which.Candidates, u => u.Name,
                u => "/giao " + arguments.Replace(which.Piece, u.Code, StringComparison.Ordinal));
            return;
        }

        if (scope is null)
        {
            context.Reply(problem!.Contains("chưa tạo", StringComparison.OrdinalIgnoreCase) ? problem : problem + " Chưa tạo việc nào.");
            return;
        }

        if (sentence is null && scopeText.Length == 0 && await units.AllAsync(ct) is var everyUnit && UnitsInTitle.Find(beforeDate, everyUnit) is ({ } inTitle, { } cleaned))
        {
            // "/giao bc của NHNN trước 18/12", "/giao đề nghị đảng bộ NHNN gửi bc QCDC trước 18/12": a unit in the title
            // (or in the words the title drops), none written.
            AskUnitsInTitle(context, beforeDate.Trim(), title, cleaned, inTitle, $"{arguments.Substring(found.Start, found.Length)}{(recurrence == Recurrence.Yearly ? " hằng năm" : string.Empty)}");
            return;
        }

        if (sentence is null && scopeText.Length == 0 && await AskGroupInTitleAsync(context, beforeDate.Trim(), title, $"{arguments.Substring(found.Start, found.Length)}{(recurrence == Recurrence.Yearly ? " hằng năm" : string.Empty)}", ct))
        {
            // "Báo cáo của các chi bộ về QCDC", "Các đảng bộ doanh nghiệp báo cáo …", "Ngân hàng báo cáo …": a group, or
            // a short name of several units, in the title with none written.
            return;
        }

        var pending = new PendingDeadline(title, due, scope.Scope.ToString(), scope.Kind?.ToString(), scope.UnitIds,
            arguments.Substring(found.Start, found.Length), recurrence == Recurrence.Yearly) { Ignored = ignored, Dropped = dropped, ScopeNote = scope.Note };
        if (sentence is null && scopeText.Length == 0 && ignored.Length > 0 && !AfterDateFiller.IsFiller(ignored, await units.AllAsync(ct)))
        {
            // "… trước 18/12 Kho bac", "… BV San Nhi", "… mot so don vi khoi doanh nghiep": words the bot cannot read may
            // be the one unit meant; a job for every unit is asked about, never created at once with the words dropped.
            AskUnreadAfterDate(context, pending, Described(scope, await units.AllAsync(ct)));
            return;
        }

        if (parsed.Flags.Contains(DateFlag.RecentlyPassed))
        {
            PassedDayQuestion.Ask(context, $"Giao việc \"{title}\"", due,
                new PendingQuestion(string.Empty, PendingKind.ConfirmDeadline, []) { Deadline = pending }, ThisYear, Yes, No);
            return;
        }

        var behind = YearSlip.BehindTitle(title, due);
        // "Kế hoạch … năm 2027 (hoàn thành trước ngày 10/4/2026": the date's year is a slip more often than the title's;
        // "Báo cáo tổng kết năm 2025 … trước 15/1/2027": the year after the title's is the usual one.
        var usual = behind is { } behindYear && YearSlip.SameDayIn(due, behindYear + 1) is { } nextYear && nextYear >= today ? nextYear : (DateOnly?)null;
        if ((YearSlip.FromTitle(title, due, today) ?? usual) is { } slipped)
        {
            var why = behind is { } year ? $" (việc của năm {year} thường có hạn trong năm {year} hoặc đầu năm {year + 1})" : string.Empty;
            context.Ask(
                $"Tên việc ghi năm {behind ?? slipped.Year} nhưng hạn là {VietnameseWording.Date(due)}{(due < today ? " (đã qua)" : string.Empty)}{why}. Giao việc \"{title}\" với hạn nào?",
                // "2" is "Không" here as in every confirmation: the habitual "2" never keeps a date already overdue.
                new PendingQuestion(string.Empty, PendingKind.ConfirmDeadline, [TitleYear, No, Yes]) { Deadline = pending with { TitleYearDate = slipped } },
                [$"{VietnameseWording.DateWithWeekday(slipped)} (năm {slipped.Year})", "Không, hủy",
                    $"Giữ {VietnameseWording.DateWithWeekday(due)}{(due < today ? $" (đã quá hạn {today.DayNumber - due.DayNumber} ngày)" : string.Empty)}"]);
            return;
        }

        var warnings = Warnings(parsed, due, today);
        if (behind is { } titleYear)
        {
            // The same day a year after the title's has passed too: only the office knows which year is wrong.
            warnings.Add($"tên việc ghi năm {titleYear} mà hạn ở năm {due.Year}");
        }
        var twins = await duplicates.TwinsAsync(ToNew(pending, context.Caller.Key), ct);
        if (twins.Count > 0)
        {
            // A double tap on a phone sends the same /giao twice: a second copy would remind every unit twice.
            var twin = twins[0];
            var all = await units.AllAsync(ct);
            var sameUnits = all.Where(twin.Covers).Select(u => u.Id).ToHashSet().SetEquals(all.Where(scope.Covers).Select(u => u.Id));
            context.Ask(
                $"Đã có việc #{twin.Id} \"{twin.Title}\" cùng hạn {VietnameseWording.Date(twin.DueDate)}, " +
                (sameUnits ? "cùng các đơn vị." : $"cho {ScopeInBrief.Of(twin, all)} (việc mới cho {scope.Note ?? $"{all.Count(scope.Covers)} đơn vị"}).") +
                (warnings.Count > 0 ? $"\nKiểm tra lại hạn: {string.Join("; ", warnings)}." : string.Empty) +
                $"\nVẫn tạo thêm việc mới \"{title}\"?",
                new PendingQuestion(string.Empty, PendingKind.ConfirmDeadline, [Yes, No]) { Deadline = pending with { Twin = twin.Id }, YesOption = 1, Text = context.Text },
                ["Vẫn tạo việc mới", $"Không, giữ việc #{twin.Id}"]);
            return;
        }

        if (await duplicates.EndedTwinAsync(ToNew(pending, context.Caller.Key), ct) is { } ended)
        {
            // The same paper, date and units as a deadline already ended: reopening it keeps who handed in what.
            var how = ended.State == DeadlineState.Cancelled ? "đã hủy" : "đã đóng";
            context.Ask(
                $"Việc #{ended.Id} \"{ended.Title}\" cùng tên, cùng hạn {VietnameseWording.Date(ended.DueDate)}, cùng các đơn vị, {how}. " +
                $"Mở lại việc cũ bằng /mohan {ended.Id} thì giữ được các bài đã nộp và lịch sử của nó." +
                (warnings.Count > 0 ? $"\nKiểm tra lại hạn: {string.Join("; ", warnings)}." : string.Empty) +
                $"\nVẫn tạo thêm việc mới \"{title}\"?",
                new PendingQuestion(string.Empty, PendingKind.ConfirmDeadline, [Yes, No]) { Deadline = pending with { Twin = ended.Id }, YesOption = 1, Text = context.Text },
                ["Vẫn tạo việc mới", $"Không (mở lại bằng /mohan {ended.Id})"]);
            return;
        }

        if (warnings.Count > 0)
        {
            context.Ask(
                $"Kiểm tra lại hạn: {string.Join("; ", warnings)}.\nVẫn tạo việc \"{title}\" hạn {VietnameseWording.DateWithWeekday(due)}?",
                new PendingQuestion(string.Empty, PendingKind.ConfirmDeadline, [Yes, No]) { Deadline = pending, YesOption = 1 },
                ["Đúng, tạo việc", "Không, hủy"]);
            return;
        }

        if (sentence is not null)
        {
            AskSentence(context, pending, Described(scope, await units.AllAsync(ct)), sentence, arguments[found.Start..]);
            return;
        }

        await CreateAsync(context, pending, parsed.YearWasInferred, ct);
    }

    private const string Yes = "co";
    /// <summary>The option that creates nothing (see <see cref="WayOut"/>).</summary>
    public const string No = "khong";
    private const string ThisYear = "namnay";
    private const string TitleYear = "namtrongten";

    public async Task ConfirmAsync(TurnContext context, PendingQuestion pending, string answer, CancellationToken ct)
    {
        if (!context.Caller.IsAdmin || pending.Deadline is null)
        {
            context.Reply("Lựa chọn này không còn hiệu lực.");
            return;
        }

        if (answer == No)
        {
            context.Reply(Confirmation.DeclinedWith("chưa tạo việc nào") + TwinKept(pending));
            return;
        }

        var chosen = answer switch
        {
            ThisYear => pending.Deadline with { DueDate = pending.Deadline.DueDate.AddYears(-1) },
            TitleYear when pending.Deadline.TitleYearDate is { } inTitleYear => pending.Deadline with { DueDate = inTitleYear },
            _ => pending.Deadline,
        };
        await CreateAsync(context, chosen, yearWasInferred: false, ct);
    }

    /// <summary>
    /// After "Không" to "Đã có việc #5 … Vẫn tạo thêm việc mới?": the deadline kept, and how to create the new one all
    /// the same (the office that answered by habit must not lose it silently); "" after any other question.
    /// </summary>
    private static string TwinKept(PendingQuestion pending) => pending.Deadline is not { Twin: { } twin } asked ? string.Empty
        : $" Việc #{twin} giữ nguyên. Nếu vẫn cần tạo thêm việc \"{asked.Title}\" hạn {VietnameseWording.Date(asked.DueDate)}, gõ lại " +
          (pending.Text?.Trim() is { } typed && typed.StartsWith("/giao ", StringComparison.OrdinalIgnoreCase) ? $"lệnh: {typed}" : "lệnh /giao đó") +
          " rồi chọn 1 (Vẫn tạo việc mới).";

    private async Task CreateAsync(TurnContext context, PendingDeadline p, bool yearWasInferred, CancellationToken ct)
    {
        var deadline = await deadlines.CreateAsync(ToNew(p, context.Caller.Key), ct);
        var all = await units.AllAsync(ct);
        var text = new StringBuilder($"Đã giao việc #{deadline.Id}: {deadline.Title}\n");
        text.Append($"Hạn: {VietnameseWording.DateWithWeekday(deadline.DueDate)} ({VietnameseWording.TimeLeft(deadline.DueDate, clock.Today)})");
        if (yearWasInferred)
        {
            text.Append($" — hiểu là năm {deadline.DueDate.Year}");
        }

        if (p.Dropped.Length > 0)
        {
            text.Append($"\nBỏ khỏi tên việc: \"{p.Dropped}\" (muốn giữ thì sửa lại lệnh /giao).");
        }

        text.Append($"\nĐơn vị: {p.ScopeNote ?? DeadlineText.Scope(deadline, all)}");
        if (p.Ignored.Length > 0)
        {
            text.Append($"\nPhần sau ngày hạn không phải tên đơn vị nên không dùng: \"{p.Ignored}\" (giao cho đơn vị khác: thêm \"cho <mã đơn vị>, …\").");
        }

        if (deadline.Recurrence == Recurrence.Yearly)
        {
            text.Append("\nLặp lại hằng năm.");
        }

        // Units hear of the deadline once its date is final: now, or when the day-off question is answered or closed.
        if (!dayOff.TryOffer(context, text.ToString(), deadline.DueDate, d => DayOffOffer.MoveCommand(deadline.Id, d), aboutDeadlineId: deadline.Id, announce: deadline.Id))
        {
            await notice.SendAsync(context, deadline, ct);
            context.Reply(new OutboundMessage(text.ToString()) { AboutDeadlineId = deadline.Id });
        }
    }

    private static NewDeadline ToNew(PendingDeadline p, string createdBy) =>
        new(p.Title, p.DueDate, Enum.Parse<DeadlineScope>(p.Scope), p.ScopeKind is null ? null : Enum.Parse<UnitKind>(p.ScopeKind),
            p.UnitIds, p.Yearly ? Recurrence.Yearly : Recurrence.None, p.SourcePhrase, createdBy, DeadlineKinds.Infer(p.Title));

    private static List<string> Warnings(DateParseResult parsed, DateOnly due, DateOnly today)
    {
        var warnings = new List<string>();
        if (parsed.Flags.Contains(DateFlag.InThePast) || due < today)
        {
            warnings.Add($"ngày {VietnameseWording.Date(due)} đã qua");
        }

        if (parsed.Flags.Contains(DateFlag.YearFarFromToday))
        {
            warnings.Add($"năm {due.Year} cách xa năm nay ({today.Year})");
        }

        if (parsed.Flags.Contains(DateFlag.BeforeDocumentDate))
        {
            warnings.Add("ngày này sớm hơn ngày của văn bản");
        }

        if (parsed.Flags.Contains(DateFlag.WeekdayMismatch))
        {
            // "trước thứ Sáu, 10/1/2027": 10/1/2027 is a Sunday; only the office knows which of the two it meant.
            warnings.Add($"thứ ghi trong lệnh không khớp với ngày: {VietnameseWording.DateWithWeekday(due)}");
        }

        return warnings;
    }
}
