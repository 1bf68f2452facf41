using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// Decides which deadline a secretary's file or status reply is about: the bot message it replies to, a name in
/// the caption, the unit's only open deadline, or (where people cannot reply to a message) the deadline the chat
/// was last told about. Otherwise it asks, with the open deadlines as choices.
/// </summary>
internal sealed partial class DeadlinePicker(DeadlineStore deadlines, SubmissionStore submissions, StatusNoteStore notes, OfficeClock clock, IOptionsMonitor<BotOptions> options,
    Deadlines.UntoldDeadline untold)
{
    /// <summary>
    /// The unit's open deadlines in the one order every list of them uses (/viec, status replies, "đã nộp rồi", upload
    /// links, "việc nào?"): see <see cref="InQuestionOrderAsync"/>. A deadline whose notice is held (the office's
    /// day-off question still open) is not the units' yet: shown to none of them, even one bound after it was made.
    /// </summary>
    public async Task<IReadOnlyList<Deadline>> OpenForAsync(Unit unit, CancellationToken ct) =>
        await OpenForAsync(unit, await deadlines.ListAsync(includeClosed: false, ct), ct);

    /// <param name="every">Every unit's open deadlines, as read once for the turn.</param>
    private async Task<IReadOnlyList<Deadline>> OpenForAsync(Unit unit, IReadOnlyList<Deadline> every, CancellationToken ct)
    {
        var held = await untold.AllAsync(ct);
        return await InQuestionOrderAsync(unit, every.Where(d => d.Covers(unit) && !held.Contains(d.Id)).ToList(), ct);
    }

    /// <summary>The deadlines of <paramref name="open"/> the unit has handed nothing in for yet.</summary>
    public async Task<IReadOnlyList<Deadline>> UnsubmittedAsync(Unit unit, IReadOnlyList<Deadline> open, CancellationToken ct)
    {
        if (open.Count == 0)
        {
            return open;
        }

        var handedIn = await submissions.HandedInAmongAsync(unit.Id, open.Select(d => d.Id).ToList(), ct);
        return open.Where(d => !handedIn.Contains(d.Id)).ToList();
    }

    /// <param name="unsubmittedOnly">Status replies and extension requests concern work not yet handed in; files may replace a submission.</param>
    /// <param name="sayHandedIn">Words naming only deadlines already handed in are answered with that (receipt, date) before any question.</param>
    /// <param name="known">What the turn has read already (<see cref="ReadAsync"/>), not read again.</param>
    public async Task<(Deadline? Chosen, IReadOnlyList<Deadline> Candidates)> PickAsync(TurnContext context, Unit unit, string? hint, CancellationToken ct, bool unsubmittedOnly = false, bool sayHandedIn = false,
        UnitDeadlines? known = null)
    {
        // Every unit's open deadlines, read once: the unit's own are picked from it, and a caption's words are weighed against it.
        var every = known?.Every ?? await deadlines.ListAsync(includeClosed: false, ct);
        var all = known?.Open ?? await OpenForAsync(unit, every, ct);
        // Excused deadlines are owed nothing: no guess, no choice. A file names one outright ("#5") to hand in anyway.
        var excused = known?.Excused ?? await ExcusedAsync(unit, all, ct);
        IReadOnlyList<Deadline> open = all.Except(excused).ToList();
        open = open.Count > 0 || unsubmittedOnly ? open : all;
        if (unsubmittedOnly)
        {
            var pending = known is null ? await UnsubmittedAsync(unit, open, ct) : [.. open.Where(d => !known.HandedIn.Contains(d.Id))];
            // A reply to a message about a submitted deadline still counts for that deadline.
            open = pending.Count > 0 || context.ReplyToDeadlineId is null ? pending : open;
        }

        if (NamedId(hint ?? context.Text) is { } named)
        {
            // "#6 đang làm", "đang làm #6", a photo captioned "#8 báo cáo …": the number typed wins over any guess.
            if ((open.FirstOrDefault(d => d.Id == named) ?? (unsubmittedOnly ? null : excused.FirstOrDefault(d => d.Id == named))) is { } typed)
            {
                if (OtherNamed(hint ?? context.Text, typed, open) is { } other)
                {
                    // "#2 kh 2027" where "kh 2027" is #4's name: two deadlines named, so neither is guessed.
                    context.Reply($"Chú thích ghi #{typed.Id} (\"{typed.Title}\") nhưng tên trong chú thích giống việc #{other.Id} (\"{other.Title}\"), nên bot chưa nộp.");
                    return (null, [typed, other]);
                }

                return (typed, [typed]);
            }

            if (hint is null)
            {
                var handedIn = excused.All(d => d.Id != named) ? all.FirstOrDefault(d => d.Id == named) : null;
                context.Reply(excused.FirstOrDefault(d => d.Id == named) is { } free ? ExcusedSentence(free, context.Names.Office) + ", nên bot không ghi vào việc đó."
                    : await HeldAsync(unit, named, context.Names.Office, ct) is { } held ? held
                    : handedIn is not null
                    ? $"Việc {await HandedInNoteAsync(unit, named, handedIn.Title, ct)}, nên không ghi vào việc đó."
                    : await ClosedNamedAsync(context, unit, context.Text, ct) is { } closed ? Sentence(closed)
                    : $"Việc #{named} không phải việc đang mở của đơn vị.");
                if (sayHandedIn && handedIn is not null)
                {
                    // "đang làm #1" after #1's receipt: the number named that one alone, so the answer is that, and no
                    // other deadline is offered in its place (no candidates: the caller asks nothing).
                    return (null, []);
                }
            }

            return (null, open);
        }

        if (context.ReplyToDeadlineId is { } replied)
        {
            // A reply to a message about a deadline that is not open for this unit must not be filed elsewhere quietly.
            return (open.FirstOrDefault(d => d.Id == replied) ?? (unsubmittedOnly ? null : excused.FirstOrDefault(d => d.Id == replied))) is { } linked ? (linked, [linked]) : (null, open);
        }

        // "đang làm bc 6t", "xin gia hạn kế hoạch QCDC thêm 1 tuần", "ảnh tk nam trang 2": one reading for every path.
        var sentence = hint ?? context.Text;
        var mention = DeadlineMention.Read(open, sentence);
        var closedNote = await ClosedNamedAsync(context, unit, sentence, ct);
        if (closedNote is not null && mention.ByKindOnly)
        {
            // "bc kết quả đối thoại" fits a cancelled deadline fully and the open "Báo cáo chuyên đề" by "bc" alone: not a name of it.
            mention = new DeadlineMention(Resolution<Deadline>.None(), false);
        }

        if (sayHandedIn && unsubmittedOnly && hint is null && ((mention.Named.Found is null && !mention.Named.IsAmbiguous) || mention.ByKindOnly) &&
            await HandedInNamedAsync(unit, [.. all.Where(d => !open.Contains(d) && !excused.Contains(d))], sentence, ct) is { } done)
        {
            // "đang làm bc 6 tháng và kh 2027" when both are handed in: said, and that is the answer. The words named
            // no other deadline, so none is offered in their place (no candidates: the caller asks nothing).
            context.Reply(done);
            return (null, []);
        }

        if (!string.IsNullOrWhiteSpace(hint))
        {
            var byHint = EntityResolver.Deadline(open, PageWords.Without(hint), exactTitleWins: false);
            if ((byHint.Found ?? mention.Named.Found) is { } loose && (OtherPaperName.Against(hint, loose.Title) || NoOpenOfKind(hint, [loose])))
            {
                // "bao cao thang 11.docx" read as "Báo cáo 6 tháng": words that fit only loosely and name another period or
                // kind of paper are no name of it; asked, never filed there.
                return (null, open);
            }

            if ((byHint.Found ?? mention.Named.Found) is { } found)
            {
                // A closed deadline the caption fits at least as well: asked, naming it as closed, never filed quietly
                // on the open one (the caller says why).
                // "bc kiem tra giam sat" fits the unit's "Báo cáo tự kiểm tra" by "bc kiem tra" and another unit's
                // "Báo cáo kiểm tra, giám sát" whole: asked (the caller says whose it is), never filed quietly.
                return closedNote is null && !FitsOtherBetter(found, hint, every) ? (found, [found]) : (null, open);
            }

            if (byHint.IsAmbiguous)
            {
                // "to trinh" fits both "Tổng kết năm …" by letters alone: no open deadline is a "tờ trình", so every open
                // one is offered (the caller says the caption fits none), never only those two.
                return NoOpenOfKind(hint, byHint.Candidates) ? (null, open) : (null, byHint.Candidates);
            }

            if (!mention.Named.IsAmbiguous && (Mismatch(hint, open) is not null || closedNote is not null))
            {
                // A caption that names something else (a closed deadline too) is never filed under the only open deadline quietly.
                return (null, open);
            }
        }

        if (hint is null && mention.Named.Found is { } kindOrPart && (mention.ByKindOnly || FitsOtherBetter(kindOrPart, sentence, every)) &&
            await NotGivenMention.NoteAsync(deadlines, unit, sentence, ct) is { } others)
        {
            // "xin gia hạn bc tự kiểm tra …" when "Báo cáo tự kiểm tra" is another unit's: "bc" alone fits the unit's own
            // "Báo cáo 6 tháng", which is no name of it; said, and asked among the open ones, as a caption is.
            context.Reply(Sentence(others) + " Bot không ghi vào việc khác.");
            return (null, open);
        }

        if (mention.Named.Found is { } inSentence && (closedNote is null || hint is null))
        {
            if (closedNote is not null)
            {
                // "đang làm tổng kết năm" with last year's "Tổng kết năm 2026" closed and "Tổng kết năm 2027" open: the open
                // one the unit owes is meant; the closed one is said, so a late hand-in for it is not lost unseen.
                context.Reply($"(Hiểu là việc #{inSentence.Id} \"{inSentence.Title}\", việc đang mở. {Sentence(closedNote)})");
            }

            return (inSentence, [inSentence]);
        }

        if (mention.Named.IsAmbiguous && hint is not null && NoOpenOfKind(hint, mention.Named.Candidates))
        {
            return (null, open);
        }

        if (mention.Named.IsAmbiguous)
        {
            // "đang làm báo cáo", "bc 6 thang va kh 2027": the question offers only the deadlines the words name; a
            // closed one they fit as well is said, so its absence from the choices is no riddle.
            if (closedNote is not null && hint is null)
            {
                context.Reply(Sentence(closedNote));
            }

            return (null, mention.Named.Candidates);
        }

        if (closedNote is not null)
        {
            // "đang làm bc 6 tháng" when that deadline was closed: say why it is not taken, then ask among the open ones.
            if (hint is null)
            {
                context.Reply(Sentence(closedNote));
            }

            return (null, open);
        }

        if (mention.Named.Found is null && !mention.Named.IsAmbiguous && DeadlineMention.MayName(sentence) &&
            await NotGivenMention.NoteAsync(deadlines, unit, sentence, ct) is { } notGiven)
        {
            // "đang làm tong ket nam" when that paper is another unit's: a name was typed, so neither the only nor the
            // last-reminded deadline is taken; a caption's caller says why itself.
            if (hint is null)
            {
                context.Reply(Sentence(notGiven) + " Bot không ghi vào việc khác.");
            }

            return (null, open);
        }

        if (mention.NamesOther || mention.Named is { Found: null, IsAmbiguous: false } && NoOpenOfKind(sentence, open))
        {
            // "đang làm kh 2028" when no open deadline is that paper: asked, never put on the only or the last one.
            return (null, open);
        }

        if (!unsubmittedOnly && await PagesOfAsync(unit, open, context.Activity.SentAt, ct) is { } pagesOf)
        {
            if (PointedElsewhere(context.Activity, pagesOf) is { } elsewhere)
            {
                // Since the last page the bot wrote to this member about another deadline (a reminder, a notice, the
                // answer to a status reply): the window is over, so the photo is asked about, never joined quietly.
                context.Reply($"(Ảnh/tệp trước của đơn vị là cho việc #{pagesOf.Deadline.Id} \"{pagesOf.Deadline.Title}\", nhưng sau đó bot đã nhắn về việc #{elsewhere.Id} \"{elsewhere.Title}\", nên bot hỏi lại.)");
                return (null, open);
            }

            if (await OtherOwedAsync(context, unit, pagesOf, ct) is { } owed)
            {
                context.Reply($"(Tệp trước của đơn vị vừa nộp cho việc #{pagesOf.Deadline.Id} \"{pagesOf.Deadline.Title}\", nhưng đơn vị còn việc #{owed.Id} \"{owed.Title}\" chưa nộp, " +
                              $"nên bot hỏi tệp này nộp cho việc nào; nếu là tệp tiếp theo của bài vừa nộp, chọn việc #{pagesOf.Deadline.Id}.)");
                return (null, open);
            }

            // A file within Bot:PageWindow of the unit's last upload is its next page: no guess and no question.
            return (pagesOf.Deadline, [pagesOf.Deadline]);
        }

        if (open.Count > 1 && ListJustShown(context, open) is { } listed)
        {
            // The member has just read a list of the deadlines (/viec): asked in that list's order, never guessed from an older message.
            return (null, listed);
        }

        if (open.Count > 1 && context.Activity.DefaultDeadlineId is { } recent && open.FirstOrDefault(d => d.Id == recent) is { } guessed)
        {
            if (!string.IsNullOrWhiteSpace(hint) && OtherPaperName.Against(hint, guessed.Title))
            {
                // A caption or file name naming another paper or period than the one last written about: asked, not guessed.
                return (null, open);
            }

            if (!unsubmittedOnly && await HandedInAsync(unit, guessed, context.Activity.SentAt, ct) is { } how)
            {
                // The guess is only for work still owed: a file after a receipt (outside the page window) or after a
                // paper record is asked about, so it never quietly replaces what was handed in.
                context.Reply($"(Việc bot nhắc bạn gần nhất là #{guessed.Id} \"{guessed.Title}\", nhưng {how}, nên bot hỏi lại.)");
                return (null, open);
            }


            // No reply-to on this channel: take the deadline last written about, and say so, so a wrong guess is seen.
            var other = await ExampleCodeAsync(unit, open, guessed.Id, ct);
            // A file so filed is moved by the number typed after it, or by "gửi nhầm" (MisfiledFlow); a status reply is typed again with its number.
            var fix = context.Activity.Attachments.Count > 0 ? $"gõ số việc đúng, ví dụ \"{other}\", hoặc \"gửi nhầm\" để chuyển bài này sang việc đó" : $"gõ số việc, ví dụ \"{other} ...\"";
            context.GuessedDeadlineId = guessed.Id;
            context.Reply($"(Hiểu là việc #{guessed.Id} \"{guessed.Title}\", việc bot nhắc bạn gần nhất; nếu không phải, {fix}; /viec xem các mã.)");
            return (guessed, [guessed]);
        }

        if (open.Count == 1 && !unsubmittedOnly && await submissions.LatestAsync(unit.Id, open[0].Id, ct) is { Method: SubmissionMethod.Paper })
        {
            // The office's paper record is never replaced by a file that does not say which deadline it is for.
            context.Reply($"(Việc #{open[0].Id} \"{open[0].Title}\" {context.Names.Office} đã ghi nhận bản giấy/email của đơn vị, nên bot hỏi lại.)");
            return (null, open);
        }

        return open.Count == 1 ? (open[0], open) : (null, open);
    }

    /// <summary>
    /// How the unit has already answered <paramref name="deadline"/> ("đơn vị đã nộp rồi", a paper record, a status reply
    /// such as "không có nội dung phát sinh"), or null while it is still owed. A file within <c>Bot:PageWindow</c> of
    /// the unit's last upload for it is a further page, so that deadline still counts as the one being sent.
    /// </summary>
    public async Task<string?> HandedInAsync(Unit unit, Deadline deadline, DateTimeOffset? sentAt, CancellationToken ct)
    {
        var at = sentAt is { } sent && sent < clock.UtcNow ? sent : clock.UtcNow;
        switch (await submissions.LatestAsync(unit.Id, deadline.Id, ct))
        {
            case { Method: SubmissionMethod.Paper }:
                return "văn phòng đã ghi nhận bài nộp (bản giấy/email) của đơn vị cho việc này";
            case { } latest when at - latest.LastFileAt <= options.CurrentValue.PageWindow:
                return null;
            case { } latest:
                return $"đơn vị đã nộp việc này (biên nhận {latest.ReceiptNo})";
        }

        var answered = await notes.LatestForDeadlinesAsync([deadline.Id], unit.Id, ct) is [var last, ..] ? last : null;
        return answered is { State: not StatusState.InProgress, IsRefused: false }
            ? $"đơn vị đã trả lời \"{StatusKeywords.Describe(answered.State, answered.Reference)}\" cho việc này"
            : null;
    }

    /// <summary>Another open deadline that the words around "#N" name by its title; null when they name none or the same one.</summary>
    private static Deadline? OtherNamed(string text, Deadline typed, IReadOnlyList<Deadline> open)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith('#')).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        // "nộp #2 Kế hoạch …", "em gửi #2 kh 2027": a word or two of speech may stand before the name.
        for (var skip = 0; skip < Math.Min(3, words.Count); skip++)
        {
            var name = string.Join(' ', words.Skip(skip));
            if (EntityResolver.Deadline(open, name).Found is { } found)
            {
                return found.Id != typed.Id && TitleSimilarity.Contradicts(name, typed.Title) ? found : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Why a caption that matched none of the unit's open deadlines names something else: a deadline number that is
    /// not one of them ("#2" of another unit), or another kind of paper or period than each of them. Null when the
    /// caption names nothing in particular ("em gửi ạ").
    /// </summary>
    /// <param name="what">What the words are: "chú thích", or "tên tệp" for a file's name read as its caption.</param>
    public static string? Mismatch(string hint, IReadOnlyList<Deadline> open, string what = "chú thích")
    {
        // "trang 3" numbers a page; it names no paper.
        var words = PageWords.Without(hint);
        var id = EntityResolver.ParseId(words) ?? IdWord(words);
        if (id is { } named)
        {
            return open.Any(d => d.Id == named) ? null : $"việc #{named} không phải việc đang mở của đơn vị";
        }

        return open.Count > 0 && open.All(d => TitleSimilarity.Contradicts(words, d.Title))
            ? $"{what} \"{hint.Trim()}\" không giống tên việc nào đang mở của đơn vị"
            : null;
    }

    // "nộp #2", "bao cao h3": a deadline number anywhere in the caption; a bare number only when it is the whole caption.
    private static long? IdWord(string hint)
    {
        var words = hint.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && long.TryParse(words[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bare))
        {
            return bare;
        }

        return NamedId(hint);
    }

    /// <summary>The deadline a text names with "#N" anywhere in it; null when it names none.</summary>
    /// <summary>"tờ trình", "biên bản họp" when none of <paramref name="open"/> is that kind of paper: a name, of none of them, never a guess.</summary>
    private static bool NoOpenOfKind(string sentence, IReadOnlyList<Deadline> open) =>
        DeadlineName.KindOf(sentence) is { } kind && kind != "quy che" && open.All(d => !$" {new string([.. Storage.Text.VietnameseFold.Fold(d.Title).Select(c => char.IsLetterOrDigit(c) ? c : ' ')])} ".Contains($" {kind} ", StringComparison.Ordinal));

    public static long? NamedId(string? text) =>
        text is null ? null : text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.StartsWith('#') ? EntityResolver.ParseId(w.TrimEnd('.', ',', ':', ';', ')', '!', '?')) : null)
            .FirstOrDefault(i => i is not null);

    /// <summary>The unit's own due date for <paramref name="deadline"/>, after any extension it was granted.</summary>
    public async Task<DateOnly> DueForAsync(Unit unit, Deadline deadline, CancellationToken ct) =>
        (await deadlines.OverridesAsync(deadline.Id, ct)).TryGetValue(unit.Id, out var moved) ? moved : deadline.DueDate;
}
