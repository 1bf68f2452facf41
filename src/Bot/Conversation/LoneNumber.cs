using System.Globalization;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// A number typed alone when no question is open answers nothing; instead of "Bot chưa hiểu", say what a number can
/// do: it is a deadline's own number (#N), used with a file, a status reply or a command. An admin with requests
/// still waiting for them is told which, and how to answer them: the "1" was most likely meant for one of those.
/// </summary>
internal sealed class LoneNumber(DeadlinePicker picker, HandInWay handIn, DeadlineStore deadlines, ExtensionRequestStore requests, UnitStore units)
{
    /// <summary>How many waiting requests are named; the rest are counted.</summary>
    private const int Named = 3;

    public async Task<string?> HintAsync(TurnContext context, string text, CancellationToken ct)
    {
        var caller = context.Caller;
        if (!caller.IsKnown || !TypedChoice.TryRead(text, out var n, out _))
        {
            return null;
        }

        var id = n.ToString(CultureInfo.InvariantCulture);
        var lead = $"Hiện không có câu hỏi nào đang chờ trả lời, nên số {id} chưa chọn gì.";
        if (caller.IsSecretary)
        {
            var open = caller.Unit is { } unit ? await picker.InQuestionOrderAsync(unit, await picker.OpenForAsync(unit, ct), ct) : [];
            if (n == 0 || open.All(d => d.Id != n))
            {
                // "0" is "không", never deadline #0; a number none of the unit's deadlines carries offers no dead-end /nopfile.
                return n == 0
                    ? "Hiện không có câu hỏi nào đang chờ trả lời, nên không có gì để chọn."
                    : caller.Unit is { } own && await picker.HeldAsync(own, n, context.Names.Office, ct) is { } held ? held
                    : $"{lead} Đơn vị không có việc #{id}. {OpenList(open)}";
            }

            return $"{lead} Nếu ý là việc #{id}: {await HandInAsync(context, n, ct)} Trả lời \"đang làm #{id}\" hoặc \"đã gửi bản giấy #{id}\"; " +
                   $"xin gia hạn: /giahan #{id} <ngày> <lý do>. Gõ /viec để xem các việc và số # của chúng.";
        }

        if (!caller.IsAdmin && !caller.IsLeader)
        {
            return null;
        }

        var waiting = caller.IsAdmin ? await WaitingAsync(ct) : string.Empty;
        if (waiting.Length > 0)
        {
            // Requests still to decide are no open question: one answer, never "nothing waits" beside "waiting for you".
            lead = n == 0 ? "Bot không đang hỏi bạn câu nào để chọn bằng số, nên không có gì để chọn."
                : $"Bot không đang hỏi bạn câu nào để chọn bằng số, nên số {id} chưa chọn gì.";
        }

        if (n == 0)
        {
            return waiting.Length > 0 ? lead + waiting : "Hiện không có câu hỏi nào đang chờ trả lời, nên không có gì để chọn.";
        }

        // Right after a numbered list of units (/donvi, /chuanop), "3" most likely means its third unit.
        var listed = context.State.LastList is { Kind: ListKind.Units } list && n <= list.Ids.Count && await units.GetAsync(list.Ids[n - 1], ct) is { } unitAt
            ? $" Nếu ý là đơn vị số {id} trong danh sách vừa hiện ({unitAt.Code} — {unitAt.Name}): /donvi {unitAt.Code} xem hồ sơ của đơn vị."
            : string.Empty;
        return $"{lead}{waiting}{listed} Nếu ý là việc #{id}: /tinhhinh #{id} xem tình hình, /chuanop #{id} xem đơn vị chưa nộp. Gõ /hanchot để xem các việc và số # của chúng.";
    }

    /// <summary>"Các việc của đơn vị: #3 "…" (hạn 10/12/2027); #5 …" in the one question order, cut short, or "không có việc nào đang mở".</summary>
    private static string OpenList(IReadOnlyList<Deadline> open)
    {
        if (open.Count == 0)
        {
            return "Hiện đơn vị không có việc nào đang mở.";
        }

        var shown = open.Take(Named).Select(d => $"#{d.Id} \"{d.Title}\" (hạn {VietnameseWording.Date(d.DueDate)})");
        var more = open.Count > Named ? $" và {open.Count - Named} việc khác (gõ /viec để xem)" : string.Empty;
        return $"Các việc của đơn vị: {string.Join("; ", shown)}{more}.";
    }

    /// <summary>How to hand in a file for #n on the caller's channel: on Zalo their own upload link, never "send the file here".</summary>
    private async Task<string> HandInAsync(TurnContext context, long n, CancellationToken ct)
    {
        if (context.Caller.Member is { } member && (await picker.OpenForAsync(context.Caller.Unit!, ct)).Any(d => d.Id == n))
        {
            return "để nộp, " + await handIn.ForAsync(member, n, ct);
        }

        return context.TakesDocuments
            ? $"gửi tệp kèm chú thích \"#{n}\" để nộp."
            : $"gõ /nopfile #{n} để nhận đường dẫn nộp tệp (ảnh chụp thì gửi thẳng vào đây, ghi #{n}).";
    }

    /// <summary>" Chưa quyết định: đề nghị gia hạn số 4 (…). Đồng ý: /duyet 4; từ chối: /tuchoi 4 &lt;lý do&gt;." or "".</summary>
    private async Task<string> WaitingAsync(CancellationToken ct)
    {
        var open = (await deadlines.ListAsync(ct: ct)).ToDictionary(d => d.Id);
        var pending = await requests.PendingForDeadlinesAsync(open.Keys, null, ct);
        if (pending.Count == 0)
        {
            return string.Empty;
        }

        var shown = new List<string>();
        foreach (var request in pending.OrderByDescending(r => r.Id).Take(Named))
        {
            var unit = await units.GetAsync(request.UnitId, ct);
            shown.Add($"đề nghị gia hạn số {request.Id} ({unit?.Code ?? "?"} xin gia hạn #{request.DeadlineId} \"{open[request.DeadlineId].Title}\" đến {VietnameseWording.Date(request.RequestedDate)})");
        }

        var more = pending.Count > Named ? $" và {pending.Count - Named} đề nghị khác" : string.Empty;
        var latest = pending.Max(r => r.Id).ToString(CultureInfo.InvariantCulture);
        var other = pending.Count > 1 ? $" (đề nghị khác: thay {latest} bằng số của đề nghị)" : string.Empty;
        return $" Chưa quyết định: {string.Join("; ", shown)}{more}. Đồng ý: /duyet {latest}; từ chối: /tuchoi {latest} <lý do>{other}.";
    }
}
