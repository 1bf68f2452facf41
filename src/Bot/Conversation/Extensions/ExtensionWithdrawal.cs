using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Bot.Conversation.Extensions;

/// <summary>
/// "không xin gia hạn nữa", "hủy đề nghị gia hạn số 8", "rút đơn xin lùi hạn": a secretary takes back the unit's
/// pending extension request. It is never read as asking for one (nor its words as the reason of the next): the request
/// is withdrawn, the office told it need not answer, and nothing new is sent.
/// </summary>
internal sealed partial class ExtensionWithdrawal(ExtensionRequestStore requests, DeadlinePicker picker, ExtensionFlow flow, AdminDirectory admins)
{
    /// <summary>Words that take back a request for more time, not ask for one.</summary>
    public static bool Says(string text) => Words().IsMatch(FoldedText.Of(text).Value);

    /// <summary>"/giahan hủy", "/giahan rút lại ạ": the command's arguments are only the word that takes it back.</summary>
    public static bool Alone(string arguments) => AloneWord().IsMatch(FoldedText.Of(arguments).Value);

    public async Task HandleAsync(TurnContext context, string text, CancellationToken ct)
    {
        var unit = context.Caller.Unit!;
        var open = await picker.OpenForAsync(unit, ct);
        var pending = await requests.PendingForDeadlinesAsync([.. open.Select(d => d.Id)], unit.Id, ct);
        if (pending.Count == 0)
        {
            context.Reply($"{unit.Name} không có đề nghị gia hạn nào đang chờ {context.Names.Office} trả lời, nên không có gì để rút; bot không gửi đề nghị mới.");
            return;
        }

        var numbers = Numbers().Matches(FoldedText.Of(text).Value).Select(m => long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).ToHashSet();
        var about = context.ReplyToDeadlineId ?? DeadlinePicker.NamedId(text);
        var chosen = pending.Where(r => numbers.Contains(r.Id) || r.DeadlineId == about).ToList();
        if (chosen.Count == 0 && numbers.Count == 0 && about is null && pending.Count == 1)
        {
            chosen = [.. pending];
        }

        if (chosen.Count == 0)
        {
            var list = string.Join("\n", pending.Select(r => $"• Số {r.Id}: việc #{r.DeadlineId} \"{open.First(d => d.Id == r.DeadlineId).Title}\", xin đến {VietnameseWording.Date(r.RequestedDate)}"));
            context.Reply($"Đề nghị gia hạn của {unit.Name} đang chờ {context.Names.Office} trả lời:\n{list}\n" +
                          $"Muốn rút đề nghị nào, xin nhắn kèm số của đề nghị, ví dụ: hủy đề nghị gia hạn số {pending[0].Id}. Bot chưa rút và chưa gửi gì.");
            return;
        }

        foreach (var request in chosen)
        {
            if (await requests.WithdrawAsync(request.Id, context.Caller.Key, ct) is null)
            {
                continue;
            }

            var deadline = open.First(d => d.Id == request.DeadlineId);
            var due = VietnameseWording.Date(await flow.CurrentDueAsync(unit.Id, deadline, ct));
            context.Reply(new OutboundMessage(
                $"Đã rút đề nghị gia hạn số {request.Id}: việc #{deadline.Id} \"{deadline.Title}\" (xin đến {VietnameseWording.Date(request.RequestedDate)}). " +
                $"{context.Names.Office} không cần trả lời nữa; hạn của đơn vị vẫn là {due}. Bot không gửi đề nghị mới.")
            { AboutDeadlineId = deadline.Id });
            foreach (var admin in await admins.AdminsAsync(ct))
            {
                context.Send(admin, new OutboundMessage(
                    $"{unit.Name} ({unit.Code}) rút đề nghị gia hạn số {request.Id} (việc #{deadline.Id} \"{deadline.Title}\", xin đến {VietnameseWording.Date(request.RequestedDate)}): " +
                    $"không cần /duyet hay /tuchoi nữa; hạn của đơn vị vẫn là {due}.")
                { AboutDeadlineId = deadline.Id });
            }
        }
    }

    // "không xin gia hạn nữa", "không cần lùi hạn", "không xin nữa", "hủy (bỏ) đề nghị", "rút (lại) đơn xin gia hạn", "bỏ đề nghị".
    // A bare "hủy" or "nhầm" is not enough: "xin gia hạn vì hủy cuộc họp" asks for time.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:khong\s+(?:xin|can|muon)\s+(?:(?:xin\s+)?(?:gia|lui|khat)\s+han|them|nua)|khong\s+(?:gia|lui|khat)\s+han\s+nua|thoi\s+khong\s+xin|(?:huy|rut)(?:\s+bo|\s+lai)?\s+(?:de\s+nghi|yeu\s+cau|don|(?:xin\s+)?(?:gia|lui|khat)\s+han)|bo\s+(?:de\s+nghi|yeu\s+cau))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"^\s*(?:huy|rut)(?:\s+(?:bo|lai))?(?:\s+(?:a|nhe|nha|di|ah))*\s*[.!]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AloneWord();

    // "số 8", "đề nghị 8", "đề nghị số 8": a request's number, not a deadline's "#8".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:so|de\s+nghi(?:\s+so)?)\s+(?<n>[0-9]{1,9})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Numbers();
}
