using System.Text;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>One unit's record across every deadline it owes: submissions and versions, status replies, extensions, reminders sent.</summary>
internal sealed class UnitRecordText(DeadlineStore deadlines, TallyService tallies, ExtensionRequestStore extensions, ReminderLedgerStore ledger, OfficeClock clock)
{
    /// <summary>A paper record has the day the office received it, not a time: showing one would invent it.</summary>
    private string When(Submission s) =>
        s.Method == SubmissionMethod.Paper ? VietnameseWording.Date(s.ReceivedLocalDate) : VietnameseWording.Time(clock.ToLocal(s.ReceivedAt));

    public async Task<string> ComposeAsync(Unit unit, CancellationToken ct)
    {
        var text = new StringBuilder("Hồ sơ nộp:");
        var any = false;
        var reminded = (await ledger.SentForUnitAsync(unit.Id, ct)).ToDictionary(r => r.DeadlineId);
        var covering = (await deadlines.ListAsync(includeClosed: true, ct)).Where(d => d.Covers(unit)).ToList();
        var standings = await tallies.ForUnitAsync(unit, covering, ct);
        for (var i = 0; i < covering.Count; i++)
        {
            var (deadline, standing) = (covering[i], standings[i]);
            any = true;
            var state = deadline.State switch
            {
                DeadlineState.Cancelled => " [đã hủy]",
                DeadlineState.Closed => " [đã kết thúc]",
                _ => string.Empty,
            };
            text.Append($"\n\n#{deadline.Id} {deadline.Title}{state} — hạn {VietnameseWording.Date(standing.DueDate)}");
            if (standing.First is { } first && standing.Latest is { } latest && standing.NewestArrived is { } newest)
            {
                // The first hand-in is the earliest received (paper by its received date), the newest is by arrival: a
                // paper record entered after an upload is neither "bản mới nhất" nor the date of the first hand-in.
                var way = first.Method == SubmissionMethod.Paper ? $", {PaperRecord.Way(first).Split(',')[0]}" : string.Empty;
                text.Append($"\n  Nộp {When(first)} ({VietnameseWording.Lateness(first.DueDate, first.ReceivedLocalDate)}{way})");
                text.Append(latest.Version > 1 ? $", {latest.Version} lần nộp, bản mới nhất {When(newest)}" : string.Empty);
                text.Append($", biên nhận {newest.ReceiptNo}");
                if (standing.OfficeFilesBeside is { } office && standing.LatestWithFiles is { Method: SubmissionMethod.Upload } upload)
                {
                    // The office's file received by e-mail replaces nothing: both are in /taifile, as its receipt said.
                    text.Append($"\n  Tệp văn phòng nhận ngoài bot (biên nhận {office.ReceiptNo}) được lưu bên cạnh bài nộp qua bot (biên nhận {upload.ReceiptNo}); /taifile có cả hai");
                }
            }
            else if (standing.Status is { IsAcceptedExcuse: true })
            {
                // Excused owes nothing: never "Chưa nộp" above an excuse.
                text.Append("\n  Được miễn (không có nội dung phát sinh, đã chấp nhận)");
            }
            else
            {
                // A cancelled or closed deadline is owed by nobody: said as the units were told, never plain "Chưa nộp".
                text.Append(deadline.State switch
                {
                    DeadlineState.Cancelled => "\n  Đã hủy — không cần nộp",
                    DeadlineState.Closed => "\n  Chưa nộp — việc đã kết thúc, không cần nộp nữa",
                    _ => "\n  Chưa nộp",
                });
            }

            // A status reply older than the latest submission ("đang làm" before the file came) is history, not the state;
            // so is any reply beside the office's own record (/ghinhan), which answers "đã gửi qua email" and is entered after it.
            if (standing.Status is { } status && !(standing.Latest is null && status.IsAcceptedExcuse) &&
                (standing.Latest is not { } handedIn || handedIn.Method != SubmissionMethod.Paper && status.CreatedAt > handedIn.ReceivedAt))
            {
                text.Append($"\n  Trạng thái: {StatusKeywords.Describe(status)} ({VietnameseWording.Time(clock.ToLocal(status.CreatedAt))}, {VietnameseWording.Ago(clock.UtcNow - status.CreatedAt)})");
            }

            foreach (var request in (await extensions.ForDeadlineAsync(deadline.Id, ct)).Where(r => r.UnitId == unit.Id))
            {
                var decision = request.State switch
                {
                    ExtensionState.Approved when request.GrantedDate is { } granted && granted != request.RequestedDate =>
                        $"đã đồng ý đến {VietnameseWording.Date(granted)}",
                    ExtensionState.Approved => "đã đồng ý",
                    ExtensionState.Denied when request.SupersededBy is { } newer => $"thay bằng đề nghị sau (số {newer})",
                    ExtensionState.Denied when request.Withdrawn => "đơn vị đã rút lại",
                    ExtensionState.Denied when request.Unneeded => $"không còn cần ({ExtensionMoot.Why(deadline, request)})",
                    ExtensionState.Denied => "đã từ chối",
                    _ when !deadline.AwaitsDecisions => $"không còn chờ duyệt (việc {(deadline.State == DeadlineState.Cancelled ? "đã hủy" : "đã kết thúc")})",
                    _ => "đang chờ",
                };
                text.Append($"\n  Xin gia hạn đến {VietnameseWording.Date(request.RequestedDate)}: {decision}");
            }

            if (reminded.TryGetValue(deadline.Id, out var sent))
            {
                text.Append($"\n  Đã nhắc {sent.Count} lần, lần cuối {VietnameseWording.Date(clock.LocalDate(sent.LastSentAt))}");
            }
        }

        return any ? text.ToString() : "Đơn vị chưa được giao việc nào.";
    }
}
