using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Letters;

/// <summary>The warnings a proposed item carries: its date, its units, a duplicate, its notes.</summary>
internal sealed partial class ProposalBuilder
{
    /// <summary>The warnings of an item as it stands now (after an edit too): its correction, then what is wrong with it.</summary>
    /// <param name="letterDate">The letter's date: a due date set before it (an edit) is flagged.</param>
    public async Task<List<string>> WarningsAsync(DraftDeadline item, DateOnly today, CancellationToken ct, IReadOnlySet<DateOnly>? openDueDates = null, DateOnly? letterDate = null)
    {
        var warnings = new List<string>();
        if (item.Correction is { } correction)
        {
            warnings.Add(correction);
        }

        if (item.Yearly is { } yearly)
        {
            warnings.Add(yearly);
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

        if (TitleYearWarning.Of(item, due, today) is { } titleYear)
        {
            warnings.Add(titleYear);
        }

        if (WrittenWeekday.Mismatch(item) is { } slip)
        {
            warnings.Add(slip);
        }

        if (item.Unmatched.Any(item.Several.ContainsKey))
        {
            // The hint's command keeps the units already matched ("sửa 7 cho <mã>" alone would drop them) and names none of
            // the candidates: a clerk copying it must choose, never file the first one on trust.
            var all = await units.AllAsync(ct);
            var matched = item.UnitIds.Select(id => all.FirstOrDefault(u => u.Id == id)?.Code).OfType<string>().ToList();
            foreach (var name in item.Unmatched.Where(item.Several.ContainsKey))
            {
                var codes = item.Several[name];
                warnings.Add($"\"{name}\" khớp nhiều đơn vị: {string.Join(", ", codes)}; chọn một mã, gõ \"sửa {item.Number} cho {string.Join(", ", matched.Append("<mã>"))}\"");
            }
        }

        // "trừ các đơn vị đã gửi báo cáo chuyên đề": units told by what they did, which only the office knows.
        var toldOut = item.Unmatched.Where(n => n == LetterCreation.UnmatchedOut(item) && ExceptedUnits.ToldByWhatTheyDid(n)).ToList();
        foreach (var told in toldOut)
        {
            warnings.Add($"văn bản trừ \"{told}\": bot không biết là những đơn vị nào, nên chưa trừ ai; chọn các đơn vị đó, gõ \"sửa {item.Number} trừ <mã đơn vị>, …\"");
        }

        if (item.Unmatched.Where(n => !item.Several.ContainsKey(n) && !toldOut.Contains(n)).ToList() is { Count: > 0 } none)
        {
            var near = none.Where(item.Nearest.ContainsKey).Select(n => $"\"{n}\" có phải {item.Nearest[n]}?").ToList();
            warnings.Add($"chưa khớp đơn vị {string.Join(", ", none.Select(n => $"\"{n}\""))}; sửa bằng \"sửa {item.Number} cho <mã đơn vị>, …\"{(near.Count > 0 ? " (" + string.Join("; ", near) + ")" : string.Empty)}");
        }

        if (item.Scope == DeadlineScope.Units && item.UnitIds.Count == 0)
        {
            warnings.Add("chưa có đơn vị nào");
        }

        // The checks "tạo" makes, so an item marked here is the one "tạo" asks about, and no other.
        if (item.CreatedAs is { } createdAs)
        {
            var made = await deadlines.GetAsync(createdAs, ct);
            warnings.Add($"trùng với việc #{createdAs} \"{made?.Title}\" {(made?.State == DeadlineState.Open ? "đang mở" : "đã đóng")} (đã tạo thành việc #{createdAs} từ văn bản này trước đây)");
            // A corrected letter (đính chính) moving the date: the open deadline keeps the old one until the office moves it.
            if (made is { State: DeadlineState.Open } open && open.DueDate != due)
            {
                warnings.Add($"văn bản này ghi hạn {VietnameseWording.Date(due)}, {AttachHint(item, open, due)}");
            }
            else if (made is { State: DeadlineState.Open } same && await CorrectsAsync(item, same, letterDate, ct))
            {
                // A correction of the title, the units or the wording only: the letter is attached, the date stays.
                warnings.Add($"văn bản này cùng hạn {VietnameseWording.Date(due)}; {AttachHint(item, same, due)}");
            }
        }
        else if (item.Moves is { } moves && await deadlines.GetAsync(moves, ct) is { State: DeadlineState.Open } extended)
        {
            // An extension letter ("gia hạn … đến hết ngày 22/12/2026"): the open deadline moved, never a second one beside it.
            // A replacing letter ("thay thế Công văn số …") the same, the letter it replaces named; a reminder says the new date.
            warnings.Add((item.Replaces is { } replaced ? $"văn bản thay thế {replaced}, theo đó giao \"{extended.Title}\"" : item.Reminds ? $"văn bản đôn đốc các đơn vị chưa gửi \"{extended.Title}\", hạn mới {VietnameseWording.Date(due)}" : $"văn bản gia hạn \"{extended.Title}\" đến {VietnameseWording.Date(due)}") + $": {AttachHint(item, extended, due)}" +
                         (extended.DueDate != due ? $", hoặc /suahan #{moves} trước {VietnameseWording.Date(due)}" : string.Empty) + $"; \"tạo {item.Number}\" sẽ tạo thêm một việc trùng");
        }
        else if ((openDueDates is null || openDueDates.Contains(due)) && await duplicates.FindAsync(item.Candidate(), ct) is [var same, ..])
        {
            warnings.Add($"trùng với việc #{same.Id} \"{same.Title}\" đang mở (cùng đơn vị, cùng hạn)");
        }
        else if ((openDueDates is null || openDueDates.Any(d => Math.Abs(d.DayNumber - due.DayNumber) <= DuplicateDeadlineFinder.NearDays))
                 && await duplicates.FindAsync(item.Candidate(), ct, near: true) is [var near, ..])
        {
            // The near miss /giao asks about: a similar title for overlapping units due a few days apart.
            warnings.Add($"gần giống việc #{near.Id} \"{near.Title}\" đang mở (hạn {VietnameseWording.Date(near.DueDate)}); tạo sẽ hỏi trước");
        }

        if (item.TitleNote is { } titleNote)
        {
            warnings.Add(titleNote);
        }

        if (item.ScopeNote is { } scopeNote)
        {
            warnings.Add(scopeNote);
        }

        if (item.Optional is { } optional)
        {
            warnings.Add(optional);
        }

        if (item.SecondDate is { } second)
        {
            warnings.Add(second);
        }

        if (item.Enclosed is { } enclosed)
        {
            warnings.Add(enclosed);
        }

        return warnings;
    }

    /// <summary>"việc #1 đang có hạn 15/12/2026; muốn dời theo văn bản, gõ "gắn 2" …", or, the date the same, how to attach the letter alone.</summary>
    private static string AttachHint(DraftDeadline item, Deadline open, DateOnly due) =>
        open.DueDate != due
            ? $"việc #{open.Id} đang có hạn {VietnameseWording.Date(open.DueDate)}; muốn dời theo văn bản, gõ \"gắn {item.Number}\" để dời hạn việc #{open.Id} đến {VietnameseWording.Date(due)} và gắn văn bản này vào việc (đơn vị được báo, /congvan gửi văn bản mới)"
            : $"việc #{open.Id} đã có hạn này; gõ \"gắn {item.Number}\" để gắn văn bản này vào việc #{open.Id} (thay văn bản cũ, hạn giữ nguyên; /congvan gửi văn bản mới)";

    /// <summary>What "gắn" would do for <paramref name="item"/>: move <paramref name="open"/>, or attach a letter correcting its own; not the very same letter again.</summary>
    public async Task<bool> AttachesAsync(DraftDeadline item, Deadline open, DateOnly? letterDate, CancellationToken ct) =>
        item.Moves == open.Id || open.DueDate != item.Due || await CorrectsAsync(item, open, letterDate, ct);

    /// <summary>
    /// The letter sent again corrects the one <paramref name="open"/> was made from: another letter date, or the item's
    /// title or units changed. The very same letter sent twice corrects nothing.
    /// </summary>
    private async Task<bool> CorrectsAsync(DraftDeadline item, Deadline open, DateOnly? letterDate, CancellationToken ct)
    {
        var stored = open.LetterId is { } id ? await letters.GetAsync(id, ct) : null;
        var sameUnits = item.Scope == open.Scope && item.ScopeKind == open.ScopeKind && item.UnitIds.Order().SequenceEqual(open.UnitIds.Order());
        return stored?.LetterDate != letterDate || !sameUnits
               || Storage.Text.VietnameseFold.Fold(DueHour.Titled(item)) != Storage.Text.VietnameseFold.Fold(open.Title);
    }
}
