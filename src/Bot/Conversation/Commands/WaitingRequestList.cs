using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>/duyet or /tuchoi with no number: the requests still waiting (number, unit, deadline, date asked), so the number need not be looked up.</summary>
internal sealed class WaitingRequestList(ExtensionRequestStore requests, DeadlineStore deadlines, UnitStore units, OfficeClock clock)
{
    /// <summary>How many are listed; the rest are counted.</summary>
    private const int Shown = 10;

    public async Task<string> ForAsync(bool approve, CancellationToken ct)
    {
        var command = approve ? "/duyet" : "/tuchoi";
        var open = (await deadlines.ListAsync(ct: ct)).ToDictionary(d => d.Id);
        var pending = await requests.PendingForDeadlinesAsync(open.Keys, null, ct);
        if (pending.Count == 0)
        {
            return $"Không có đề nghị gia hạn nào đang chờ trả lời. ({command} <số đề nghị>{(approve ? string.Empty : " <lý do>")} khi có đề nghị.)";
        }

        var text = new StringBuilder($"Cần số đề nghị. Đề nghị gia hạn đang chờ ({pending.Count}):");
        foreach (var request in pending.Take(Shown))
        {
            var unit = await units.GetAsync(request.UnitId, ct);
            text.Append($"\n• Số {request.Id}: {unit?.Code ?? "?"} — việc #{request.DeadlineId} \"{open[request.DeadlineId].Title}\" xin đến {VietnameseWording.Date(request.RequestedDate)} " +
                        $"(gửi ngày {VietnameseWording.Date(clock.LocalDate(request.RequestedAt))})");
        }

        if (pending.Count > Shown)
        {
            text.Append($"\n… và {pending.Count - Shown} đề nghị khác.");
        }

        var first = pending[0].Id;
        text.Append(approve ? $"\nĐồng ý: /duyet <số>, ví dụ /duyet {first}." : $"\nTừ chối: /tuchoi <số> <lý do>, ví dụ /tuchoi {first} chưa có lý do chính đáng.");
        return text.ToString();
    }
}
