using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Conversation.Commands;

// Which deadline a request is for, and whether it still needs one: named, guessed, handed in already, for all.
internal sealed partial class ExtensionRequestHandler
{
    /// <summary>"#2 "…" đơn vị đã nộp ngày … (đúng hạn); …" when the words name an open deadline the unit already handed in (on time: a late one takes a request).</summary>
    private async Task<string?> HandedInNamedAsync(TurnContext context, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var open = await picker.OpenForAsync(unit, ct);
        if (DeadlineMention.Read(open, context.Text).Named.Found is not { } named || await submissions.LatestAsync(unit.Id, named.Id, ct) is not { } latest)
        {
            return null;
        }

        // Handed in late, an approved extension would still count it on time: how to ask for that is said, never assumed.
        return $"Việc #{named.Id} \"{named.Title}\" đơn vị đã nộp ngày {VietnameseWording.Date(latest.ReceivedLocalDate)} ({VietnameseWording.Lateness(latest.DueDate, latest.ReceivedLocalDate)}); " +
               (latest.OnTime
                   ? $"gia hạn không còn tác dụng — nếu cần, liên hệ {context.Names.Office}."
                   : $"bot không gửi đề nghị gia hạn nào. Nếu cần xin gia hạn để bài này được tính đúng hạn, gõ: /giahan #{named.Id} <ngày> <lý do>.");
    }

    /// <summary>"Việc #2 "…" đã nộp (đúng hạn) ngày 3/12/2027, không cần gia hạn." when the request's "#N" is an open deadline the unit handed in on time; null otherwise.</summary>
    private async Task<string?> HandedInOnTimeAsync(TurnContext context, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        // A reply to a reminder keeps its own path (the picker takes the replied deadline); only a typed "#N" is said here.
        var id = DeadlinePicker.NamedId(context.Text);
        if (context.ReplyToDeadlineId is not null || (await picker.OpenForAsync(unit, ct)).FirstOrDefault(d => d.Id == id) is not { } named ||
            await submissions.LatestAsync(unit.Id, named.Id, ct) is not { OnTime: true } latest)
        {
            return null;
        }

        return $"Việc #{named.Id} \"{named.Title}\" đã nộp (đúng hạn) ngày {VietnameseWording.Date(latest.ReceivedLocalDate)}, không cần gia hạn.";
    }

    /// <summary>
    /// The open deadline the request names for sure (a reply, "#8") when the unit handed it in late; null otherwise. Named
    /// only by its words, it is answered as a status (<see cref="HandedInNamedAsync"/>), with how to ask all the same.
    /// </summary>
    private async Task<Deadline?> HandedInLateAsync(TurnContext context, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var open = await picker.OpenForAsync(unit, ct);
        var id = context.ReplyToDeadlineId ?? DeadlinePicker.NamedId(context.Text);
        return open.FirstOrDefault(d => d.Id == id) is { } named && await submissions.LatestAsync(unit.Id, named.Id, ct) is { OnTime: false } ? named : null;
    }

    /// <summary>
    /// "xin gia hạn tất cả các việc còn lại đến 20/12": every deadline still owed (due before the date asked) named in a
    /// confirmation; once confirmed, a request for each. False when fewer than two fit.
    /// </summary>
    private async Task<bool> ForAllAsync(TurnContext context, string arguments, ExtensionAsk ask, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var owed = new List<Deadline>();
        foreach (var d in await picker.UnsubmittedAsync(unit, await picker.OpenForAsync(unit, ct), ct))
        {
            if (ask.Date is not { } date || await picker.DueForAsync(unit, d, ct) < date)
            {
                owed.Add(d);
            }
        }

        if (owed.Count < 2)
        {
            return false;
        }

        var asked = ask.Span is { } span ? $"thêm {span.Text} (tính từ hạn của từng việc)" : $"đến {VietnameseWording.DateWithWeekday(ask.Date!.Value)}";
        Confirmation.Ask(context,
            $"Xin gia hạn {asked} cho cả {owed.Count} việc đơn vị chưa nộp?\n{string.Join("\n", owed.Select(d => $"• #{d.Id} {d.Title}"))}\n(Chỉ một việc: ghi số # của việc, ví dụ /giahan #{owed[0].Id} <ngày> <lý do>.)",
            $"/giahan {arguments.Trim()} {string.Join(' ', owed.Select(d => $"#{d.Id}"))}", $"Đúng, xin cho cả {owed.Count} việc");
        return true;
    }

    /// <summary>
    /// "31/11" does not exist: how to retype the request, with a real date after the deadline's current due date (when
    /// the words name one) and a placeholder for the reason, never the person's own words copied back.
    /// </summary>
    private async Task<string> ImpossibleDateAsync(TurnContext context, string arguments, string phrase, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var open = await picker.OpenForAsync(unit, ct);
        var id = context.ReplyToDeadlineId ?? DeadlinePicker.NamedId(arguments) ?? DeadlineMention.Read(open, arguments).Named.Found?.Id;
        var named = open.FirstOrDefault(d => d.Id == id);
        var due = named is null ? (DateOnly?)null : await flow.CurrentDueAsync(unit.Id, named, ct);
        var example = VietnameseWording.Date(advice.ExampleAfter(due));
        var after = named is null ? string.Empty : $", sau hạn hiện tại {VietnameseWording.Date(due!.Value)} của việc #{named.Id}";
        var code = named is not null ? $"#{named.Id} " : context.TakesDocuments ? string.Empty : "#<mã việc> ";
        return $"Ngày \"{phrase}\" không có thật. Xin gõ lại với ngày có thật{after}, ví dụ: /giahan {code}{example} <lý do>";
    }

    /// <summary>
    /// "gia han bc 6 thang den 6 thang 1 nam 2027": "6 tháng" is both the deadline's name and part of the date, so the
    /// whole sentence names nothing for sure; read without the date, it names the one deadline still owed. Null when
    /// the sentence already names one, or the rest names none.
    /// </summary>
    private async Task<Deadline?> NamedApartFromDateAsync(TurnContext context, string arguments, (int Start, int Length) date, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var owed = await picker.UnsubmittedAsync(unit, await picker.OpenForAsync(unit, ct), ct);
        if (DeadlineMention.Read(owed, arguments).Named.Found is not null)
        {
            return null;
        }

        var apart = arguments[..date.Start] + new string(' ', date.Length) + arguments[(date.Start + date.Length)..];
        return DeadlineMention.Read(owed, apart).Named.Found;
    }

    /// <summary>
    /// "xin lui han kiem tra chuyen de 1 tuan": a deadline the unit still owes named by its title's words without the
    /// kind of paper ("bc", "báo cáo") that <see cref="DeadlineMention"/> starts a name at. Null when a kind word names one already.
    /// </summary>
    private async Task<Deadline?> NamedByTitleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var owed = await picker.UnsubmittedAsync(unit, await picker.OpenForAsync(unit, ct), ct);
        return DeadlineMention.Read(owed, arguments).Named is { Found: null, IsAmbiguous: false } ? BareTitleMention.Find(owed, arguments) : null;
    }

    /// <summary>The deadline a request without a date is for: the reminder replied to, or the picker's one reading; null when it would ask.</summary>
    private async Task<Deadline?> GuessAsync(TurnContext context, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        if (context.ReplyToDeadlineId is { } replied)
        {
            return (await picker.OpenForAsync(unit, ct)).FirstOrDefault(d => d.Id == replied);
        }

        var (chosen, _) = await picker.PickAsync(context, unit, null, ct, unsubmittedOnly: true);
        return chosen;
    }
}
