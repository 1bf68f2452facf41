using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// /chapnhan or /khongchapnhan with no number: the "không có nội dung phát sinh" claims still waiting on open
/// deadlines (number, unit, deadline, date), as /duyet lists the extension requests, so no number is looked up.
/// </summary>
internal sealed class WaitingExcuseList(StatusNoteStore notes, DeadlineStore deadlines, UnitStore units, OfficeClock clock)
{
    /// <summary>How many are listed; the rest are counted.</summary>
    private const int Shown = 10;

    public async Task<string> ForAsync(bool accept, CancellationToken ct)
    {
        var command = accept ? "/chapnhan" : "/khongchapnhan";
        var open = (await deadlines.ListAsync(ct: ct)).ToDictionary(d => d.Id);
        // Only a unit's latest reply stands: an older claim it replaced waits for nobody.
        var waiting = (await notes.LatestForDeadlinesAsync(open.Keys, null, ct))
            .Where(n => n is { State: StatusState.NothingToReport, AcceptedBy: null })
            .OrderBy(n => n.Id)
            .ToList();
        if (waiting.Count == 0)
        {
            return $"Không có báo \"không có nội dung phát sinh\" nào đang chờ trả lời. ({command} <số> khi có.)";
        }

        var text = new StringBuilder($"Cần số. Báo \"không có nội dung phát sinh\" đang chờ ({waiting.Count}):");
        foreach (var note in waiting.Take(Shown))
        {
            var unit = await units.GetAsync(note.UnitId, ct);
            text.Append($"\n• Số {note.Id}: {unit?.Code ?? "?"} — việc #{note.DeadlineId} \"{open[note.DeadlineId].Title}\" (báo ngày {VietnameseWording.Date(clock.LocalDate(note.CreatedAt))})");
        }

        if (waiting.Count > Shown)
        {
            text.Append($"\n… và {waiting.Count - Shown} báo khác.");
        }

        var first = waiting[0].Id;
        text.Append(accept ? $"\nChấp nhận: /chapnhan <số>, ví dụ /chapnhan {first}." : $"\nKhông chấp nhận: /khongchapnhan <số> <lý do>, ví dụ /khongchapnhan {first} vì năm nay có phát sinh.");
        return text.ToString();
    }
}
