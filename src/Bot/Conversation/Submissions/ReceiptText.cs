using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

internal static class ReceiptText
{
    /// <summary>The line other members of the unit get under a receipt, so a second secretary knows who handed in and how.</summary>
    public static string HandedInBy(string name, string channel) => $"Người nộp: {name} ({Way(channel)})";

    /// <summary>"qua tin nhắn Zalo": how a submission came in.</summary>
    public static string Way(string channel) => channel switch
    {
        "web" => "qua trang nộp tệp",
        "telegram" => "qua tin nhắn Telegram",
        "zalo" => "qua tin nhắn Zalo",
        _ => "qua tin nhắn với bot",
    };

    /// <summary>
    /// "✅ Đã thêm trang 3 vào biên nhận số BN2026-12 (việc #4): bài nộp nay gồm 3 ảnh (3 trang).": what a sender of more
    /// pages needs, named by the page numbers they now have (a Word or PDF file by its kind and name, never as a page);
    /// when a colleague started the submission, whose it is and when.
    /// </summary>
    /// <param name="added">The files just sent, by SHA-256: their places among the submission's pages (ordered by sending).</param>
    /// <param name="startedBy">The colleague who made the submission, or null when the sender did.</param>
    /// <param name="supplement">The caption said "bổ sung": the files join that hand-in whenever it was, which keeps its grade, and the line says so.</param>
    public static string PagesAdded(Deadline deadline, Submission s, IReadOnlySet<string> added, string? startedBy, OfficeClock clock, bool supplement = false)
    {
        var ordered = s.Files.OrderBy(f => f.Ordinal).ToList();
        var what = FileCountText.Added(ordered, added);
        var holds = FileCountText.Of(ordered);
        if (supplement)
        {
            var by = startedBy is null ? string.Empty : $" của {startedBy}";
            return $"✅ Đã bổ sung {what} vào lần nộp {s.Version}{by} (biên nhận số {s.ReceiptNo}, nhận lúc {VietnameseWording.Time(clock.ToLocal(s.ReceivedAt))}) " +
                   $"cho việc #{deadline.Id} \"{deadline.Title}\": bài nộp nay gồm {holds}. Không thay bài đã nộp; tình trạng vẫn theo lần nộp đó: {VietnameseWording.Lateness(s.DueDate, s.ReceivedLocalDate)}.";
        }

        var into = startedBy is null
            ? $"biên nhận số {s.ReceiptNo}"
            : $"bài nộp của {startedBy} lúc {VietnameseWording.Time(clock.ToLocal(s.ReceivedAt))} (biên nhận số {s.ReceiptNo})";
        return $"✅ Đã thêm {what} vào {into} (việc #{deadline.Id}): bài nộp nay gồm {holds}.";
    }

    /// <summary>The receipt's line for a deadline the unit had been excused from and handed in anyway.</summary>
    public static string ExcusedHandedIn(string office) =>
        $"Đơn vị đã được miễn việc này (không có nội dung phát sinh, {office} đã chấp nhận); với bài nộp này, việc được tính là đã nộp thay cho được miễn.";

    /// <param name="paperKept">The office's paper record this upload was filed beside: it stays, and the receipt says so.</param>
    /// <param name="uploadKept">The unit's upload the office's file (received by e-mail) was filed beside: it stays, and the receipt says so.</param>
    public static string Format(Unit unit, Deadline deadline, Submission s, OfficeClock clock, SubmitOutcome outcome, Submission? paperKept = null, Submission? uploadKept = null)
    {
        var text = new StringBuilder();
        var duplicate = outcome == SubmitOutcome.Duplicate;
        if (outcome == SubmitOutcome.PagesAdded)
        {
            text.AppendLine($"✅ Đã thêm vào bài nộp biên nhận số {s.ReceiptNo} (cùng lần nộp {s.Version}): bài nộp nay gồm {FileCountText.Of(s.Files)}.");
        }
        else if (duplicate)
        {
            text.AppendLine($"Tệp này đã được nhận trước đó (biên nhận số {s.ReceiptNo}, lần nộp {s.Version}); bot không lưu lại lần nữa.");
        }
        else
        {
            text.AppendLine($"✅ Đã nhận. Biên nhận số {s.ReceiptNo}");
        }

        text.AppendLine($"Đơn vị: {unit.Name}");
        text.AppendLine($"Việc: {deadline.Title} (hạn {VietnameseWording.DateWithWeekday(s.DueDate)})");
        if (s.Files.Count > 0)
        {
            text.AppendLine(s.Files.Count == 1 ? "Tệp:" : $"Tệp ({s.Files.Count}):");
            foreach (var f in s.Files)
            {
                text.AppendLine($"• {f.OriginalName} — {VietnameseWording.FileSize(f.Size)} — SHA-256 {f.Sha256[..12]}");
            }
        }

        // A record outside the bot says so on its own line below: its note is only the office's own words.
        var note = s.Method == SubmissionMethod.Paper ? OutsideNote.Remark(s.Note) : s.Note;
        if (note.Length > 0)
        {
            text.AppendLine($"Ghi chú: {note}");
        }

        if (s.Method == SubmissionMethod.Paper)
        {
            // Entered by the office: the day it was received decides lateness; who typed it is in the audit log.
            text.AppendLine($"Văn phòng nhận ngày: {VietnameseWording.Date(s.ReceivedLocalDate)} (ghi nhận ngoài bot)");
        }
        else
        {
            text.AppendLine($"Bot nhận lúc: {VietnameseWording.Time(clock.ToLocal(s.ReceivedAt))} (giờ Việt Nam)");
        }

        if (outcome == SubmitOutcome.PagesAdded)
        {
            text.AppendLine("Ảnh hoặc tệp gửi tiếp trong ít phút được tính là trang của cùng bài nộp; muốn thay bản đã nộp, ghi \"bản mới\" trong chú thích (trên trang nộp tệp: chọn \"Nộp bản mới thay bản trước\").");
        }

        text.AppendLine($"Tình trạng: {VietnameseWording.Lateness(s.DueDate, s.ReceivedLocalDate)}");
        if (outcome == SubmitOutcome.Stored && s.Version > 1 && s.Method == SubmissionMethod.Paper && s.Files.Count == 0)
        {
            // A record without files replaces no file: downloads keep the latest version that has files.
            text.AppendLine($"Đây là lần nộp thứ {s.Version}: ghi nhận ngoài bot được lưu bên cạnh các lần nộp trước; tệp đơn vị đã nộp vẫn giữ nguyên.");
        }
        else if (outcome == SubmitOutcome.Stored && s.Version > 1 && s.Method == SubmissionMethod.Paper && uploadKept is { } upload)
        {
            // As the office was asked: its file is kept beside the unit's upload, which stays in /taifile and the export.
            text.AppendLine($"Đây là lần nộp thứ {s.Version}: tệp văn phòng nhận ngoài bot được lưu bên cạnh bài nộp qua bot (biên nhận số {upload.ReceiptNo}, " +
                            $"{string.Join(", ", upload.Files.OrderBy(f => f.Ordinal).Select(f => f.OriginalName))}), không thay bài nộp đó; tệp đơn vị đã nộp vẫn giữ nguyên, tải tệp (/taifile) có cả hai.");
        }
        else if (outcome == SubmitOutcome.Stored && s.Version > 1 && paperKept is { } paper)
        {
            // Never a silent "replaces": the office's record is what it decided on; the files are kept beside it.
            text.AppendLine($"Đây là lần nộp thứ {s.Version}: tệp được lưu bên cạnh ghi nhận bản giấy/email của văn phòng (biên nhận số {paper.ReceiptNo}, " +
                            $"nhận ngày {VietnameseWording.Date(paper.ReceivedLocalDate)}); ghi nhận đó vẫn giữ nguyên, tải tệp (/taifile) sẽ có tệp này.");
        }
        else if (outcome == SubmitOutcome.Stored && s.Version > 1)
        {
            text.AppendLine($"Đây là lần nộp thứ {s.Version}: bản mới thay cho bản trước, các bản cũ vẫn được lưu.");
        }

        return text.ToString().TrimEnd();
    }
}
