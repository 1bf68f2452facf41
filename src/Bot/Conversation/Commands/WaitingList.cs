using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// An admin decision typed with no number (/duyet, /tuchoi, /chapnhan, /khongchapnhan): what still waits on open
/// deadlines (number, unit, deadline, date), so no number is looked up. One builder; the extension requests and the
/// "không có nội dung phát sinh" claims differ only in their items and wording.
/// </summary>
internal sealed class WaitingList(ExtensionRequestStore requests, StatusNoteStore notes, DeadlineStore deadlines, UnitStore units, Storage.Submissions.SubmissionStore submissions, OfficeClock clock)
{
    /// <summary>How many are listed; the rest are counted.</summary>
    private const int Shown = 10;

    /// <summary>One waiting thing: its number, whose, for which deadline, and what follows the deadline's title.</summary>
    private sealed record Item(long Id, long UnitId, long DeadlineId, string Detail);

    /// <summary>What a list says: when empty, its heading (given the count), the "and N more" line, and the usage (given the first number).</summary>
    private sealed record Wording(string None, Func<int, string> Heading, Func<int, string> More, Func<long, string> Usage);

    /// <summary>/duyet or /tuchoi with no number: the extension requests still waiting.</summary>
    public async Task<string> ExtensionRequestsAsync(bool approve, CancellationToken ct)
    {
        var command = approve ? "/duyet" : "/tuchoi";
        var open = await OpenAsync(ct);
        var items = (await requests.PendingForDeadlinesAsync(open.Keys, null, ct))
            .Select(r => new Item(r.Id, r.UnitId, r.DeadlineId,
                $" xin đến {VietnameseWording.Date(r.RequestedDate)} (gửi ngày {VietnameseWording.Date(clock.LocalDate(r.RequestedAt))})"))
            .ToList();
        return await RenderAsync(open, items, new Wording(
            $"Không có đề nghị gia hạn nào đang chờ trả lời. ({command} <số đề nghị>{(approve ? string.Empty : " <lý do>")} khi có đề nghị.)",
            count => $"Cần số đề nghị. Đề nghị gia hạn đang chờ ({count}):",
            rest => $"… và {rest} đề nghị khác.",
            first => approve ? $"Đồng ý: /duyet <số>, ví dụ /duyet {first}." : $"Từ chối: /tuchoi <số> <lý do>, ví dụ /tuchoi {first} chưa có lý do chính đáng."), ct);
    }

    /// <summary>/chapnhan or /khongchapnhan with no number: the "không có nội dung phát sinh" claims still waiting.</summary>
    public async Task<string> ExcuseClaimsAsync(bool accept, CancellationToken ct)
    {
        var command = accept ? "/chapnhan" : "/khongchapnhan";
        var open = await OpenAsync(ct);
        // Only a unit's latest reply stands: an older claim it replaced waits for nobody.
        var claims = new List<StatusNote>();
        foreach (var note in (await notes.LatestForDeadlinesAsync(open.Keys, null, ct)).Where(n => n is { State: StatusState.NothingToReport, AcceptedBy: null }))
        {
            // A claim the unit's own hand-in (or the office's /ghinhan) overtook owes a decision to nobody.
            if (await submissions.LatestAsync(note.UnitId, note.DeadlineId, ct) is null)
            {
                claims.Add(note);
            }
        }

        var items = claims
            .OrderBy(n => n.Id)
            .Select(n => new Item(n.Id, n.UnitId, n.DeadlineId, $" (báo ngày {VietnameseWording.Date(clock.LocalDate(n.CreatedAt))})"))
            .ToList();
        return await RenderAsync(open, items, new Wording(
            $"Không có báo \"không có nội dung phát sinh\" nào đang chờ trả lời. ({command} <số> khi có.)",
            count => $"Cần số. Báo \"không có nội dung phát sinh\" đang chờ ({count}):",
            rest => $"… và {rest} báo khác.",
            first => accept ? $"Chấp nhận: /chapnhan <số>, ví dụ /chapnhan {first}." : $"Không chấp nhận: /khongchapnhan <số> <lý do>, ví dụ /khongchapnhan {first} vì năm nay có phát sinh."), ct);
    }

    private async Task<Dictionary<long, Deadline>> OpenAsync(CancellationToken ct) => (await deadlines.ListAsync(ct: ct)).ToDictionary(d => d.Id);

    private async Task<string> RenderAsync(Dictionary<long, Deadline> open, IReadOnlyList<Item> items, Wording wording, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return wording.None;
        }

        var text = new StringBuilder(wording.Heading(items.Count));
        foreach (var item in items.Take(Shown))
        {
            var unit = await units.GetAsync(item.UnitId, ct);
            text.Append($"\n• Số {item.Id}: {unit?.Code ?? "?"} — việc #{item.DeadlineId} \"{open[item.DeadlineId].Title}\"{item.Detail}");
        }

        if (items.Count > Shown)
        {
            text.Append('\n').Append(wording.More(items.Count - Shown));
        }

        return text.Append('\n').Append(wording.Usage(items[0].Id)).ToString();
    }
}
