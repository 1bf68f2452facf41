using System.Globalization;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A file from a secretary becomes a submission. Every file is checked before anything is stored; a refused
/// message changes nothing. Accepted bytes are stored first, so a file waiting for "which deadline?" is safe.
/// </summary>
internal sealed class UploadFlow(SubmissionStore submissions, Storage.Deadlines.DeadlineStore deadlines, DeadlinePicker picker, SubmissionRecorder recorder, IOptionsMonitor<BotOptions> options, TimeProvider time, OfficeClock clock,
    MisfiledFlow misfiled)
{
    public async Task HandleAsync(TurnContext context, CancellationToken ct)
    {
        if (!context.Caller.IsSecretary)
        {
            context.Reply(context.Caller.IsAdmin
                ? "Bot chỉ nhận tệp nộp từ thư ký đơn vị. Để nộp thay đơn vị tệp nhận qua email, gửi tệp kèm chú thích /ghinhan <mã đơn vị> <việc> [nhận ngày …]; bài nộp bản giấy: /ghinhan <đơn vị> <việc> [ghi chú]. Nếu tệp là công văn cần giao việc, gửi lại kèm chú thích /congvan."
                : context.Caller.IsKnown ? Hints.HowToRegister(context.Names) : Hints.FileFromStranger(context.Names));
            return;
        }

        var unit = context.Caller.Unit!;
        var files = await StoreFilesAsync(context, async () =>
        {
            if ((await picker.OpenForAsync(unit, ct)).Count > 0)
            {
                return true;
            }

            // Nothing to submit to: say so before downloading anything, so no file lingers unclaimed.
            context.Reply($"Chưa nhận tệp này: đơn vị hiện không có việc nào đang mở để nộp. Nếu {context.Names.Office} vừa giao việc mới, xin gửi lại tệp sau.");
            return false;
        }, ct);
        if (files is null)
        {
            return;
        }

        if (context.State.Pending is { Kind: PendingKind.UploadDeadline } held && files.All(f => held.Files.Any(h => h.Sha256 == f.Sha256)))
        {
            // The very same photo sent again (a double tap, a resend): said, and not made another page.
            context.AnsweredPending = true;
            context.Reply($"{WaitingFilesText.These(files)} giống hệt {(files.Count > 1 ? "các tệp" : "tệp")} đã gửi trước (cùng nội dung), nên bot không thêm lần nữa; đang chờ {WaitingFilesText.Describe(held.Files)}, chưa nộp: trả lời câu hỏi \"nộp cho việc nào?\" ở trên.");
            return;
        }

        if (context.State.Pending is { Kind: PendingKind.UploadDeadline, Labels.Count: > 0 } waiting && WithinPageWindow(waiting, files) &&
            !NamesItsDeadline(context, await picker.OpenForAsync(unit, ct), files) && !OtherPaper.Than(waiting, context.Text) &&
            await picker.ClosedNamedAsync(context, unit, context.Text, ct) is null)
        {
            // More pages while "which deadline?" is open: they join the files waiting, after them, and the question
            // already shown still answers for all of them (same question, same numbers and buttons), so one short line
            // says so instead of the whole question again for every page; pages are filed once and in the order sent.
            // Files sent later than Bot:PageWindow are a hand-in of their own (their own question, their own time);
            // the older files are kept aside and asked about after it.
            var joined = waiting with { Files = [.. waiting.Files, .. files] };
            context.AnsweredPending = true;
            context.State = context.State with { Pending = joined };
            context.Reply($"Đã thêm {WaitingFilesText.Describe(files)}; đang chờ {WaitingFilesText.Describe(joined.Files)}, chưa nộp: trả lời câu hỏi \"nộp cho việc nào?\" ở trên.");
            return;
        }

        if (context.State.Pending is { Kind: PendingKind.PageOrVersion } asked && !NamesItsDeadline(context, await picker.OpenForAsync(unit, ct), files))
        {
            // Another file before "thêm vào hay bản mới?" is answered: it waits under that question with the first, and
            // the one answer files them all, so neither is lost.
            var joined = asked with { Files = [.. asked.Files, .. files.Where(f => asked.Files.All(h => h.Sha256 != f.Sha256))] };
            context.AnsweredPending = true;
            context.State = context.State with { Pending = joined };
            context.Reply($"Đã thêm {WaitingFilesText.Describe(files)}; đang chờ {WaitingFilesText.Describe(joined.Files)}, chưa nộp: trả lời câu hỏi \"thêm vào bài nộp trước hay nộp làm bản mới?\" ở trên.");
            return;
        }

        // A caption wins over the file's name; without one, a name that says which paper it is ("kh 2027.docx") is read as one.
        var fromName = context.Text.Trim().Length == 0 ? FileNameCaption.From(files.Select(f => f.Name)) : null;
        var hint = fromName ?? context.Text;
        var said = context.Replies.Count;
        var (chosen, candidates) = context.OfficeCaption is null ? await picker.PickAsync(context, unit, hint, ct) : (null, await picker.OpenForAsync(unit, ct));
        if (chosen is not null && fromName is not null && context.Replies.Count == said && (await picker.OpenForAsync(unit, ct)).Count > 1 &&
            !await JoinsRecentPagesAsync(unit, chosen, files, ct))
        {
            // No caption, several deadlines open: what the file's name was read as is said, so a wrong reading is seen.
            context.Reply(new OutboundMessage($"(Tệp không có chú thích; theo tên tệp \"{fromName}\", bot hiểu là việc #{chosen.Id} \"{chosen.Title}\". Nếu nhầm, xin gửi lại tệp kèm số # của việc trong chú thích.)") { AboutDeadlineId = chosen.Id });
        }
        if (chosen is not null && await submissions.LatestAsync(unit.Id, chosen.Id, ct) is { } previous)
        {
            var arrived = files.Select(f => f.ReceivedAt).FirstOrDefault(t => t is not null) ?? time.GetUtcNow();
            if (PageOrVersionQuestion.FirstPageAgain(context.Text, previous))
            {
                PageOrVersionQuestion.Ask(context, chosen, previous, files, PageOrVersionQuestion.FirstPageReason(previous));
                return;
            }

            if (PageOrVersionQuestion.Applies(context.Text, previous, arrived, options.CurrentValue.PageWindow) ||
                (PageOrVersionQuestion.AfterHandIn(context.Text, previous, arrived, options.CurrentValue.PageWindow) && !files.All(f => previous.Files.Any(h => h.Sha256 == f.Sha256)) &&
                 !NamesItsDeadline(context, await picker.OpenForAsync(unit, ct), files)))
            {
                // A page-looking caption, or one naming no deadline at all (none, "anh chụp"), after the hand-in closed: asked, never a silent new version.
                PageOrVersionQuestion.Ask(context, chosen, previous, files);
                return;
            }

            if (arrived - previous.LastFileAt <= options.CurrentValue.PageWindow && !SubmissionRecorder.SaysNewVersion(context.Text) &&
                !SupplementWords.In(context.Text) && PageOrVersionQuestion.OtherKind(previous, files))
            {
                // A photo right after a Word file (or the reverse), the member's own or a colleague's, may be pages of it
                // or a paper of its own: asked, not joined.
                var startedBy = await recorder.StartedByOtherAsync(previous, context.Caller.Key, ct) ?? "Bạn";
                PageOrVersionQuestion.Ask(context, chosen, previous, files,
                    PageOrVersionQuestion.OtherKindReason(previous, startedBy, files, VietnameseWording.Time(clock.ToLocal(previous.ReceivedAt))));
                return;
            }
        }

        if (chosen is not null && context.State.Guessed is { } guessed && chosen.Id != guessed.DeadlineId && await misfiled.SameFilesAsync(guessed, files, ct))
        {
            // The photo just filed by the guess, sent again with its right deadline: moved there, never filed twice.
            await misfiled.MoveAsync(context, chosen, ct);
            return;
        }

        if (chosen is not null)
        {
            var recorded = await recorder.RecordUploadAsync(unit, chosen, ToIncoming(files), context.Text, context.Caller.Key, context.Activity.Channel, ct, context.Activity.SentAt);
            await recorder.ReplyWithReceiptAsync(context, unit, chosen, recorded, ct);
            context.State = context.State with
            {
                Guessed = context.GuessedDeadlineId == chosen.Id && recorded.Outcome == SubmitOutcome.Stored ? new GuessedFiling(recorded.Submission.Id, chosen.Id, time.GetUtcNow()) : null,
            };
            return;
        }

        var open = await picker.OpenForAsync(unit, ct);
        // A caption naming a closed or cancelled deadline says so, rather than only "not like any open one".
        var mismatch = context.OfficeCaption is { } office
            ? $"chú thích là lệnh /{office}, chỉ {context.Names.Office} dùng, nên bot không nộp theo chú thích đó (nếu là bài của đơn vị khác, xin để đơn vị đó tự nộp)"
            : hint.Length > 0
            ? await picker.ClosedNamedAsync(context, unit, hint, ct) ?? await NotGivenMention.NoteAsync(deadlines, unit, hint, ct) ?? DeadlinePicker.Mismatch(hint, open, fromName is null ? "chú thích" : "tên tệp")
            : null;
        var handedIn = false;
        foreach (var d in candidates)
        {
            handedIn |= await picker.HandedInAsync(unit, d, context.Activity.SentAt, ct) is not null;
        }

        // The files waiting are named, so the answer is given knowing which they are (a photo's caption is its only name a person knows).
        var named = WaitingFilesText.Describe(files) + (context.Text.Length > 0 ? $" (chú thích \"{context.Text.Trim()}\")" : string.Empty);
        var intro = mismatch is null ? $"Đã nhận {named}, chưa nộp." : $"Đã nhận {named} nhưng chưa nộp: {mismatch}.";
        await picker.AskAsync(context, $"{intro} {WaitingFilesText.These(files)} nộp cho việc nào? {Hints.PickByNumber}",
            new PendingQuestion(string.Empty, PendingKind.UploadDeadline, []) { Files = files, Text = context.Text, Offered = WaitingFilesQuestion.Narrowed(candidates, open) },
            candidates, ct, offerNone: mismatch is not null || handedIn);
    }

    /// <summary>
    /// Whether the files join, within <c>Bot:PageWindow</c>, the unit's last upload for <paramref name="chosen"/>: then
    /// they are its next pages by that rule, not because of their name ("p3" names nothing), and the receipt says so.
    /// </summary>
    private async Task<bool> JoinsRecentPagesAsync(Storage.Units.Unit unit, Storage.Deadlines.Deadline chosen, IReadOnlyList<PendingFile> files, CancellationToken ct)
    {
        var arrived = files.Select(f => f.ReceivedAt).FirstOrDefault(t => t is not null) ?? time.GetUtcNow();
        return await submissions.LatestAsync(unit.Id, chosen.Id, ct) is { Method: SubmissionMethod.Upload } previous &&
               arrived - previous.LastFileAt <= options.CurrentValue.PageWindow;
    }

    /// <summary>Whether the new files came within <c>Bot:PageWindow</c> of the last file waiting: pages of it, not a later hand-in.</summary>
    private bool WithinPageWindow(PendingQuestion waiting, IReadOnlyList<PendingFile> files)
    {
        var last = waiting.Files.Select(f => f.ReceivedAt).LastOrDefault(t => t is not null) ?? waiting.WaitingSince;
        var arrived = files.Select(f => f.ReceivedAt).FirstOrDefault(t => t is not null);
        return last is null || arrived is null || arrived.Value - last.Value <= options.CurrentValue.PageWindow;
    }

    /// <summary>
    /// A file that says which deadline it is for (a reply to a reminder, "#7", words naming one inside a caption such as
    /// "ảnh bc 6 tháng trang 4", or a paper none of the open ones is; a closed one too, whose notice is then said) is
    /// not a page of the files waiting: it is filed or asked about on its own, and they keep waiting. Without a caption
    /// the file's name says it as a caption would ("Bao cao 6 thang.docx"); a camera's name says nothing, so such a
    /// file is a further page.
    /// </summary>
    private static bool NamesItsDeadline(TurnContext context, IReadOnlyList<Storage.Deadlines.Deadline> open, IReadOnlyList<PendingFile> files)
    {
        if (context.ReplyToDeadlineId is not null || DeadlinePicker.NamedId(context.Text) is not null)
        {
            return true;
        }

        // Without a caption the file's name is read as one ("Bao cao 6 thang.docx").
        var said = context.Text.Trim().Length > 0 ? context.Text : FileNameCaption.From(files.Select(f => f.Name));
        if (said is null)
        {
            return false;
        }

        var mention = DeadlineMention.Read(open, said);
        return EntityResolver.Deadline(open, said).Found is not null || mention.Named.Found is not null ||
               (mention.Named.IsAmbiguous && !mention.ByKindOnly) || mention.NamesOther;
    }

    /// <summary>
    /// Checks every file of the message, then fetches and stores them; null when one is refused (the refusal is said
    /// and nothing is stored) or <paramref name="mayFetch"/> says no. The secretary's upload and the office's
    /// /ghinhan with a file share it, so both refuse the same files the same way.
    /// </summary>
    internal async Task<List<PendingFile>?> StoreFilesAsync(TurnContext context, Func<Task<bool>> mayFetch, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var problems = new List<string>();
        var accepted = new List<(InboundAttachment Attachment, string Name)>();
        foreach (var attachment in context.Activity.Attachments)
        {
            var name = FileNames.Safe(attachment.Name);
            // A size of 0 is "not declared" (some channels omit it): the bytes that come decide.
            var problem = Check(name, attachment.Size, settings, declared: true);
            if (problem is null)
            {
                accepted.Add((attachment, name));
            }
            else
            {
                problems.Add(problem);
            }
        }

        if (problems.Count == 0 && !await mayFetch())
        {
            return null;
        }

        var fetched = new List<(InboundAttachment Attachment, string Name, byte[] Bytes)>();
        if (problems.Count == 0)
        {
            foreach (var (attachment, name) in accepted)
            {
                byte[] bytes;
                try
                {
                    bytes = await attachment.FetchAsync(ct);
                }
                catch (AttachmentTooLargeException ex)
                {
                    problems.Add($"\"{name}\": tệp quá lớn (hơn {VietnameseWording.FileSize(Math.Min(ex.Limit, settings.MaxFileBytes))}).");
                    continue;
                }

                // The channel's declared size may be missing or wrong: check the bytes that actually came.
                if ((Check(name, bytes.LongLength, settings, declared: false) ?? FileContent.Check(name, bytes)) is { } late)
                {
                    problems.Add(late);
                    continue;
                }

                fetched.Add((attachment, FileContent.RealImageName(name, bytes), bytes));
            }
        }

        if (problems.Count > 0)
        {
            context.Reply("Chưa nhận bài nộp này:\n• " + string.Join("\n• ", problems) + "\n" + Accepted(settings, context.TakesDocuments));
            return null;
        }

        // Stored only once every file of the message has passed, so a refused message leaves nothing behind.
        var files = new List<PendingFile>();
        foreach (var (attachment, name, bytes) in fetched)
        {
            var sha = await submissions.PutFileAsync(bytes, ct);
            // An image renamed for what its bytes are takes its type from that name, not from what the channel declared.
            var type = name == FileNames.Safe(attachment.Name) ? ContentTypes.For(name, attachment.ContentType) : ContentTypes.For(name, null);
            files.Add(new PendingFile(name, type, bytes.LongLength, sha) { ReceivedAt = context.Activity.SentAt ?? time.GetUtcNow() });
        }

        return files;
    }

    /// <param name="answeredAt">
    /// Held by a question and filed only once it was answered: ordered as sent then, after the pages already there (a
    /// colleague's "trang 1" filed meanwhile stays page 1). Null: ordered by when each was sent.
    /// </param>
    public static IReadOnlyList<IncomingFile> ToIncoming(IEnumerable<PendingFile> files, DateTimeOffset? answeredAt = null) =>
        files.Select(f => new IncomingFile(f.Name, f.ContentType, f.Sha256, f.Size) { SentAt = answeredAt ?? f.ReceivedAt }).ToList();

    /// <summary>
    /// What the chat takes: every allowed type where the channel passes files on; on Zalo, which passes on only photos,
    /// the photo types here and the upload page for documents, so nobody sends a .docx the chat never receives.
    /// </summary>
    private static string Accepted(BotOptions settings, bool takesDocuments)
    {
        var most = VietnameseWording.FileSize(settings.MaxFileBytes);
        if (takesDocuments)
        {
            return $"Tệp được nhận: {string.Join(" ", settings.AllowedFileTypes)}, tối đa {most} mỗi tệp.";
        }

        var photos = settings.AllowedFileTypes.Where(t => ContentTypes.For("anh" + t, null).StartsWith("image/", StringComparison.Ordinal));
        return $"Trong chat này bot nhận ảnh chụp ({string.Join(" ", photos)}), tối đa {most} mỗi ảnh; tệp Word/PDF xin nộp qua trang nộp tệp (gõ /nopfile để nhận đường dẫn).";
    }

    /// <summary>
    /// Why a file is refused (type, empty, too big), or null; the upload page checks with the same rules. A size the
    /// channel only declared may be 0 (unknown) and is checked again once the bytes are in.
    /// </summary>
    internal static string? Check(string name, long size, BotOptions settings, bool declared = false)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension.Length == 0 || !settings.AllowedFileTypes.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            // iPhones save photos as HEIC unless told otherwise; say how to get a JPG instead of just "no".
            return extension is ".heic" or ".heif"
                ? $"\"{name}\": loại tệp không được nhận (ảnh HEIC của iPhone). Xin chụp/gửi ảnh JPG: trên iPhone chọn Cài đặt → Camera → Định dạng → Tương thích nhất rồi chụp lại."
                : $"\"{name}\": loại tệp không được nhận.";
        }

        if (size <= 0 && !declared)
        {
            return $"\"{name}\": tệp rỗng (0 byte).";
        }

        return size > settings.MaxFileBytes ? $"\"{name}\": {TooLarge(size, settings.MaxFileBytes)}." : null;
    }

    /// <summary>
    /// "tệp quá lớn: 26,1 MB, tối đa 20,0 MB": size and limit in the one unit every message and page uses
    /// (<see cref="VietnameseWording.FileSize"/>); a file just over that reads as the limit itself is said to be just over it.
    /// </summary>
    internal static string TooLarge(long size, long limit)
    {
        var (shown, most) = (VietnameseWording.FileSize(size), VietnameseWording.FileSize(limit));
        return shown == most ? $"tệp quá lớn: hơn {most} một chút, tối đa {most}" : $"tệp quá lớn: {shown}, tối đa {most}";
    }
}
