using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /ghinhan &lt;đơn vị&gt; &lt;việc&gt; [ghi chú]: the office records a submission received outside the bot (paper,
/// iOffice, e-mail). With names containing spaces, separate the parts with ";". With a file (as its caption, or the
/// file sent when the bot asks to confirm) the office hands in what the unit sent by e-mail: stored as the unit's
/// submission, graded by the received date, audited as entered by the admin, and the unit is told.
/// </summary>
internal sealed partial class RecordPaperHandler(UnitArgument units, DeadlineArgument deadlines, SubmissionRecorder recorder, UnitAndDeadline split, UploadFlow uploads, SubmissionStore submissions, Storage.Statuses.StatusNoteStore notes, OfficeClock clock) : ICommandHandler
{
    private const string Usage = "Cách dùng: /ghinhan <mã đơn vị> <việc> [ghi chú], ví dụ /ghinhan NHNN #2 bản giấy nhận ngày 5/4;\n" +
                                 "hoặc dùng dấu chấm phẩy: /ghinhan Ngân hàng Nhà nước; kế hoạch QCDC; bản giấy.\n" +
                                 "Nộp thay đơn vị tệp nhận qua email: gửi tệp kèm chú thích /ghinhan <mã đơn vị> <việc> [nhận ngày …].";

    /// <summary>A received day-month without a year more than this many days ahead was last year's; a nearer one is refused (a slip, not last year).</summary>
    private const int LastYearAfterDays = 180;

    public IReadOnlyList<string> Names { get; } = ["ghinhan"];

    public Access Access => Access.Admin;

    public string Help => "/ghinhan <đơn vị> <việc> [ghi chú] — ghi nhận bài nộp ngoài bot (bản giấy, iOffice); kèm tệp: nộp thay đơn vị tệp nhận qua email";

    // Zalo passes no Word/PDF file to the bot, so "kèm tệp" cannot be done there.
    public string HelpFor(TurnContext context) => context.TakesDocuments ? Help : "/ghinhan <đơn vị> <việc> [ghi chú] — ghi nhận bài nộp ngoài bot (bản giấy, iOffice, email)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        (arguments, var confirmed) = Confirmation.Strip(arguments);
        var withFiles = context.Activity.Attachments.Count > 0;
        var (unitPart, deadlinePart, note, unread) = await split.SplitAsync(arguments, context, ct);
        if (deadlinePart.Length == 0 && await split.TryWithoutDeadlineAsync(context, unitPart, unread, "/ghinhan", ct))
        {
            return;
        }

        if (unitPart.Length == 0 || deadlinePart.Length == 0)
        {
            context.Reply(arguments.Trim().Length == 0 ? Usage : $"Không nhận ra đơn vị và việc trong \"{arguments.Trim()}\".\n{Usage}");
            return;
        }

        var unit = await units.ResolveAsync(context, unitPart, u => Rebuild(u.Code, deadlinePart, note), ct);
        if (unit is not null && unread.Length > 0)
        {
            UnitAndDeadline.AskAboutUnread(context, unit, unitPart, unread, Rebuild(unit.Code, deadlinePart, note));
            unit = null;
        }

        var deadline = unit is null ? null : await deadlines.ResolveAsync(context, deadlinePart, d => Rebuild(unit.Code, $"#{d.Id}", note), includeClosed: true, ct,
            d => d.Covers(unit) && d.State == Storage.Deadlines.DeadlineState.Open);
        if (unit is null || deadline is null)
        {
            if (withFiles)
            {
                // Nothing is stored yet: the file is still with the office, and the confirmation that follows a choice takes it.
                context.Reply("Tệp chưa được lưu. Sau khi chọn, bot hỏi xác nhận: khi đó gửi lại tệp để lưu cùng bài nộp.");
            }

            return;
        }

        if (!deadline.Covers(unit))
        {
            context.Reply($"{unit.Name} không thuộc phạm vi việc \"{deadline.Title}\".");
            return;
        }

        // "văn thư nhận ngày 18/11": paper is graded by the day the office received it, not the day it is typed in.
        var today = clock.Today;
        var received = DatePhraseParser.FindReceivedDate(note, today, deadline.DueDate);
        if (received.Problem == DateProblem.ImpossibleDate)
        {
            // The day received is in the past: the example is today's date, never one ahead.
            context.Reply($"Ngày nhận trong ghi chú không có thật. Chưa ghi nhận gì. Xin gõ lại với ngày có thật, ví dụ: \"bản giấy nhận ngày {VietnameseWording.Date(today)}\".");
            return;
        }

        if (received.Problem == DateProblem.VagueDate)
        {
            // "nhận tuần trước", "đầu tuần này": no one day, so never today in silence; the command is given back to fill in.
            var vague = note.Substring(received.Phrase!.Start, received.Phrase.Length);
            // The example's date is the due date when it has passed, named as such: a shape to fill in, not a guess at the day.
            var example = deadline.DueDate <= today ? deadline.DueDate : today.AddDays(-1);
            context.Reply($"\"{vague}\" là ngày nào? Chưa ghi nhận gì. Xin gõ lại với ngày văn thư nhận" +
                          (deadline.DueDate <= today ? $" (hạn của việc là {VietnameseWording.Date(deadline.DueDate)}; nhận đúng ngày hạn thì gõ" : ", ví dụ") + ": " +
                          $"{Rebuild(unit.Code, $"#{deadline.Id}", TrailingReceived().Replace(WithoutReceivedDate(note, received.Phrase), string.Empty))} nhận ngày {VietnameseWording.Date(example)}" +
                          (deadline.DueDate <= today ? ")" : string.Empty));
            return;
        }

        var receivedOn = received.Date ?? today;
        var understood = string.Empty;
        if (received.Flags.Contains(DateFlag.InTheFuture) && received.YearWasInferred && receivedOn.DayNumber - today.DayNumber > LastYearAfterDays)
        {
            // "nhận ngày 31/12" typed on 4/1: this year's 31/12 is most of a year away, so it was last year's; the
            // year taken is said, so a wrong reading is seen before anything is written.
            receivedOn = receivedOn.AddYears(-1);
            understood = $" (hiểu là năm {receivedOn.Year}, vì {received.Phrase!.Day}/{received.Phrase.Month} năm nay chưa tới)";
        }
        else if (received.Flags.Contains(DateFlag.EarlierMonth))
        {
            // "nhận hôm 31" typed on 4/1, "hôm 20" on 17/12: the latest such day gone by, named with why.
            var day = received.Phrase!.Day;
            understood = $" (hiểu là ngày {day} gần nhất đã qua, vì {(day > DateTime.DaysInMonth(today.Year, today.Month) ? $"tháng {today.Month} không có ngày {day}" : $"ngày {day} tháng này chưa tới")})";
        }
        else if (received.Flags.Contains(DateFlag.AgainstDueDate) && !received.Flags.Contains(DateFlag.InTheFuture))
        {
            // "nhận ngày hạn", "trước hạn 1 ngày": counted from the deadline's due date, which is named.
            understood = $" (tính theo hạn {VietnameseWording.Date(deadline.DueDate)})";
        }
        else if (received.Flags.Contains(DateFlag.InTheFuture))
        {
            context.Reply($"Ngày nhận {VietnameseWording.Date(received.Date!.Value)} chưa tới. Chưa ghi nhận gì; xin ghi ngày văn thư đã nhận" +
                (received.YearWasInferred ? $" (nếu nhận năm trước, ghi rõ năm, ví dụ {received.Phrase!.Day}/{received.Phrase.Month}/{today.Year - 1})." : "."));
            return;
        }

        // The date says when it was received; the note keeps only what else was written ("bản giấy").
        // … and without "nộp ngoài bot", which every view of the record already says.
        var remark = OutsideNote.Remark(received.Phrase is { } phrase ? WithoutReceivedDate(note, phrase) : note);
        IReadOnlyList<PendingFile> held = confirmed ? context.HeldFiles : [];
        if (!withFiles && held.Count == 0 && await submissions.LatestAsync(unit.Id, deadline.Id, ct) is { Method: SubmissionMethod.Paper, Files.Count: 0 } same &&
            same.ReceivedLocalDate == receivedOn && same.Note == (remark.Length > 0 ? remark : OutsideNote.Default))
        {
            // The same record again (a double tap, the line sent twice): named, and nothing made or sent a second time.
            context.Reply($"Đã ghi nhận rồi: {unit.Name} ({unit.Code}) nộp việc #{deadline.Id} \"{deadline.Title}\" ngoài bot, nhận ngày {VietnameseWording.Date(receivedOn)} " +
                          $"(biên nhận số {same.ReceiptNo}), nên bot không ghi thêm lần nữa và không báo lại đơn vị. Nếu đúng là một lần nộp khác, gõ lại kèm ghi chú khác (ví dụ thêm \"lần 2\").");
            return;
        }

        if (withFiles)
        {
            var stored = await uploads.StoreFilesAsync(context, () => Task.FromResult(true), ct);
            if (stored is null)
            {
                return;
            }

            held = stored;
        }

        var latest = await submissions.LatestAsync(unit.Id, deadline.Id, ct);
        if (confirmed && context.Answered is { KnownReceipt: { } known } && latest is { } arrived && arrived.ReceiptNo != known)
        {
            // The unit handed in while the question waited (its own upload, or a colleague's record): the office decided
            // without it, so it is named and asked again; nothing is written, and the unit hears of nothing yet.
            context.Ask($"Trong lúc chờ xác nhận, {Arrived(unit, arrived)}. Vẫn ghi nhận {unit.Code} đã nộp việc #{deadline.Id} \"{deadline.Title}\" ngoài bot, " +
                        $"nhận ngày {VietnameseWording.Date(receivedOn)}{understood}? Ghi nhận được lưu bên cạnh, không thay bài nộp đó.",
                Question(unit, deadline, note, held, arrived.ReceiptNo), ["Vẫn ghi nhận", Confirmation.No]);
            return;
        }

        if (!confirmed)
        {
            // Recording cannot be taken back by a command, typed or as a file's caption alike: name what was understood
            // before writing it. The file is kept with the question and recorded once it is confirmed.
            var question = $"Ghi nhận {unit.Name} ({unit.Code}) đã nộp việc #{deadline.Id} \"{deadline.Title}\" ngoài bot, nhận ngày {VietnameseWording.Date(receivedOn)}{understood}" +
                (held.Count > 0 ? $", kèm {WaitingFilesText.Describe(held)}" : string.Empty) +
                (remark.Length == 0 ? "?" : $", ghi chú \"{remark}\"?") +
                AlreadyHandedIn(latest) +
                await WaitingClaimAsync(unit, deadline, note, received.Phrase is null ? receivedOn : null, ct) +
                OtherWeekday(note, received.Phrase, receivedOn) +
                (receivedOn < clock.LocalDate(deadline.CreatedAt)
                    ? $"\nLưu ý: ngày nhận {VietnameseWording.Date(receivedOn)} trước cả ngày giao việc {VietnameseWording.Date(clock.LocalDate(deadline.CreatedAt))} — kiểm tra lại ngày nhận?"
                    : string.Empty) +
                (held.Count == 0 && context.TakesDocuments ? "\n(Có tệp đơn vị gửi qua email: gửi tệp thay cho trả lời, bot lưu tệp cùng bài nộp.)" : string.Empty);
            context.Ask(question, Question(unit, deadline, note, held, latest?.ReceiptNo ?? string.Empty), ["Đúng, ghi nhận", Confirmation.No]);
            return;
        }

        var files = UploadFlow.ToIncoming(held);

        var receipt = await recorder.RecordAsync(unit, deadline, files, SubmissionMethod.Paper, remark.Length > 0 ? remark : OutsideNote.Default,
            context.Caller.Key, context.Activity.Channel, ct, receivedOn == today ? null : ReceivedAt(receivedOn));
        context.Reply(new OutboundMessage(understood.Length == 0 ? receipt : $"Ngày nhận {VietnameseWording.Date(receivedOn)}{understood}.\n{receipt}") { AboutDeadlineId = deadline.Id });
        if (await ClaimAsync(unit, deadline, ct) is { } claim && await notes.SettleClaimAsync(claim.Id, context.Caller.Key, ct))
        {
            // The unit's "đã gửi qua email" waited for exactly this record: it leaves every waiting list, and the office is told.
            context.Reply($"Báo \"{StatusKeywords.Describe(claim.State, claim.Reference)}\" của {unit.Code} ngày {VietnameseWording.Date(clock.LocalDate(claim.CreatedAt))} " +
                          "nay đã được ghi nhận bằng bài nộp này, không còn chờ kiểm tra.");
        }

        var notice = new OutboundMessage($"{context.Names.Office} đã ghi nhận bài nộp của đơn vị:\n{receipt}") { AboutDeadlineId = deadline.Id };
        foreach (var to in await recorder.OtherMembersAsync(unit, context.Caller.Key, ct))
        {
            context.Send(to, notice);
        }
    }

    /// <summary>The unit's "đã gửi bản giấy / qua email / iOffice" still waiting for this record, or null.</summary>
    private async Task<Storage.Statuses.StatusNote?> ClaimAsync(Storage.Units.Unit unit, Storage.Deadlines.Deadline deadline, CancellationToken ct) =>
        await notes.LatestForDeadlinesAsync([deadline.Id], unit.Id, ct) is [{ IsSentOutside: true, AcceptedBy: null } claim, ..] ? claim : null;

    /// <summary>
    /// "Lưu ý: SXD đã báo "đã gửi bản giấy" ngày 16/12/2026": named before anything is written. With no received date
    /// typed (<paramref name="takenToday"/>) and today after the due date, what today costs is said, with the command
    /// that records the claim's day instead.
    /// </summary>
    private async Task<string> WaitingClaimAsync(Storage.Units.Unit unit, Storage.Deadlines.Deadline deadline, string note, DateOnly? takenToday, CancellationToken ct)
    {
        if (await ClaimAsync(unit, deadline, ct) is not { } claim)
        {
            return string.Empty;
        }

        var said = clock.LocalDate(claim.CreatedAt);
        var text = $"\nLưu ý: {unit.Code} báo \"{StatusKeywords.Describe(claim.State, claim.Reference)}\" ngày {VietnameseWording.Date(said)}.";
        return takenToday is { } today && today > deadline.DueDate
            ? text + $" Ghi ngày nhận hôm nay ({VietnameseWording.Date(today)}) thì bài nộp tính trễ {today.DayNumber - deadline.DueDate.DayNumber} ngày (hạn {VietnameseWording.Date(deadline.DueDate)}). " +
              $"Nếu văn thư nhận sớm hơn, trả lời 2 rồi gõ lại kèm ngày nhận, ví dụ: {Rebuild(unit.Code, $"#{deadline.Id}", note.Length == 0 ? $"nhận ngày {VietnameseWording.Date(said)}" : $"{note} nhận ngày {VietnameseWording.Date(said)}")}"
            : text;
    }

    /// <summary>The confirmation, remembering the unit's latest receipt (<paramref name="known"/>) and the office's file waiting with it.</summary>
    private static PendingQuestion Question(Storage.Units.Unit unit, Storage.Deadlines.Deadline deadline, string note, IReadOnlyList<PendingFile> held, string known) =>
        new(string.Empty, PendingKind.Commands, [$"{Rebuild(unit.Code, $"#{deadline.Id}", note)} xacnhan", string.Empty])
        {
            YesOption = 1,
            Files = held,
            ReleaseFilesOnClose = true,
            KnownReceipt = known,
        };

    /// <summary>"SYT đã nộp qua bot lúc 10:30 10/12/2026 (biên nhận số …, 1 tệp: p3.jpg)": what came in while the office's question waited.</summary>
    private string Arrived(Storage.Units.Unit unit, Submission arrived) => arrived.Method == SubmissionMethod.Upload
        ? $"{unit.Code} đã nộp qua bot lúc {VietnameseWording.Time(clock.ToLocal(arrived.LastFileAt > arrived.ReceivedAt ? arrived.LastFileAt : arrived.ReceivedAt))} " +
          $"(biên nhận số {arrived.ReceiptNo}, {FilesLine(arrived)})"
        : $"bài nộp của {unit.Code} đã được ghi nhận ngoài bot (biên nhận số {arrived.ReceiptNo}, nhận ngày {VietnameseWording.Date(arrived.ReceivedLocalDate)})";

    /// <summary>"2 tệp: a.docx, b.pdf" (the first three names, then "…"), as both notes about an upload name it.</summary>
    private static string FilesLine(Submission upload) =>
        $"{upload.Files.Count} tệp: {string.Join(", ", upload.Files.Take(3).Select(f => f.OriginalName))}{(upload.Files.Count > 3 ? ", …" : string.Empty)}";

    /// <summary>"hôm thứ Ba 14/12" when 14/12 is a Monday: the weekday written beside the date disagrees with it, and the office is asked to check.</summary>
    private static string OtherWeekday(string note, DatePhrase? phrase, DateOnly receivedOn) =>
        phrase is not null && DatePhraseParser.WrittenWeekday(note, phrase) is { } written && written != receivedOn.DayOfWeek
            ? $"\nLưu ý: ghi chú ghi {VietnameseWording.Weekday(written).ToLowerInvariant()} nhưng {VietnameseWording.Date(receivedOn)} là " +
              $"{VietnameseWording.Weekday(receivedOn.DayOfWeek).ToLowerInvariant()} — kiểm tra lại ngày nhận?"
            : string.Empty;

    /// <summary>What the unit already handed in, so the office does not take the record for a replacement of it.</summary>
    private static string AlreadyHandedIn(Submission? latest) => latest switch
    {
        null => string.Empty,
        { Method: SubmissionMethod.Upload } => $"\nLưu ý: đơn vị đã nộp qua bot (biên nhận số {latest.ReceiptNo}, {FilesLine(latest)}). " +
            "Ghi nhận này được lưu bên cạnh, không thay bài nộp đó; tệp đã nộp vẫn giữ nguyên.",
        _ => $"\nLưu ý: bài nộp của đơn vị đã được ghi nhận (biên nhận số {latest.ReceiptNo}); ghi nhận này được lưu bên cạnh.",
    };

    /// <summary>
    /// "bản giấy, văn thư nhận ngày 18/11/2026" → "bản giấy, văn thư nhận": the date goes with the words that only
    /// introduce it ("ngày", "vào", a bare "nhận"); who received it stays, so the note is every other word typed.
    /// </summary>
    internal static string WithoutReceivedDate(string note, DatePhrase phrase)
    {
        var before = note[..phrase.Start];
        var intro = Introduction().Match(before);
        var start = intro.Success ? intro.Index : phrase.Start;
        if (intro.Groups["verb"].Success && Receiver().IsMatch(note[..intro.Groups["verb"].Index]))
        {
            // "văn thư nhận", "đ/c Hoa đã nhận": the verb belongs to who received it, not to the date.
            start = intro.Groups["verb"].Index + intro.Groups["verb"].Length;
        }

        var rest = note[..start].TrimEnd(' ', ',', ';', '.', '-', '–', '(', ':') + " " + note[(phrase.Start + phrase.Length)..].TrimStart(' ', ',', ';', '.', ')');
        return rest.Trim(' ', ',', ';', '.', '-', '–');
    }

    // The words before a received date, with or without diacritics: "đã nhận vào", "ngày nhận", "nhận ngày", "nhận từ", and the "hôm"/"bữa" that opens a day ("hôm thứ 6 tuần trước", "hôm 28/11").
    [GeneratedRegex(@"(?<verb>(?:\b(?:đã|da)\s+)?\b(?:nhận|nhan)\b)?\s*(?::\s*)?(?:\b(?:ngày nhận|ngay nhan)\s*(?::\s*)?)?(?:\b(?:từ|tu)\s+)?(?:\b(?:vào|vao)\s+)?(?:\b(?:ngày|ngay|hôm|hom|hum|bữa|bua)\s+)?(?:\b(?:mùng|mồng|mung|mong)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Introduction();

    // "văn thư nhận" left at the end, before the example's own "nhận ngày …".
    [GeneratedRegex(@"\s*\b(?:nhận|nhan)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingReceived();

    // Who received the paper, just before "nhận": "văn thư", "đ/c Hoa", "chị Lan", "bộ phận một cửa".
    [GeneratedRegex(@"\b(?:văn thư|van thu|đ/c|d/c|đồng chí|dong chi|anh|chị|chi|bộ phận|bo phan|thường trực|thuong truc)\b(?:\s+\S+){0,3}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Receiver();

    /// <summary>Noon of the day received, office time: only its date counts for lateness.</summary>
    private DateTimeOffset ReceivedAt(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(local, clock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The command as the admin types it ("/ghinhan SYT #5 bản giấy …"); semicolons only where a deadline is named by words.</summary>
    private static string Rebuild(string unitCode, string deadlineRef, string note)
    {
        var joint = deadlineRef.StartsWith('#') ? " " : "; ";
        return note.Length == 0 ? $"/ghinhan {unitCode}{joint}{deadlineRef}" : $"/ghinhan {unitCode}{joint}{deadlineRef}{joint}{note}";
    }
}
