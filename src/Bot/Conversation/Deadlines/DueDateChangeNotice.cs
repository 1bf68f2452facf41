using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// Tells every unit in scope a deadline's new due date (through the outbox, with this turn, so once), and the admin
/// which granted extensions it now covers and which still run past it; a unit's extension is the date it was last
/// granted, never an earlier approval. A request still waiting whose date the new due date reaches is closed as no
/// longer needed, and its unit told so in the same message.
/// </summary>
internal sealed class DueDateChangeNotice(TallyService tallies, MemberStore members, ExtensionRequestStore requests)
{
    /// <param name="from">The date the units last heard.</param>
    /// <param name="granted">The units' granted dates as they were before the move.</param>
    /// <param name="because">The letter the move follows ("Công văn số 2050-CV/ĐUK, ngày 1/12/2026"), named to the units.</param>
    /// <returns>What the admin is told, starting on a new line.</returns>
    public async Task<string> TellAsync(TurnContext context, Deadline deadline, DateOnly from, IReadOnlyDictionary<long, DateOnly> granted, CancellationToken ct, string? because = null)
    {
        var due = deadline.DueDate;
        var inScope = (await tallies.ForDeadlineAsync(deadline, ct)).Units.ToDictionary(u => u.Unit.Id, u => u.Unit);
        // An extension the date had covered stands again once the date moves back before it (office17 F1).
        var extended = granted.Where(g => (g.Value > from || g.Value > due) && inScope.ContainsKey(g.Key)).ToDictionary(g => g.Key, g => g.Value);
        var moot = await CloseCoveredRequestsAsync(context, deadline, inScope.Keys.ToHashSet(), ct);
        var told = new HashSet<long>();
        foreach (var member in (await members.AllAsync(ct)).Where(m => m is { Reachable: true, UnitId: { } unitId } && inScope.ContainsKey(unitId)))
        {
            var unitId = member.UnitId!.Value;
            var notice = $"{context.Names.Office} đã sửa hạn việc \"{deadline.Title}\"{(because is null ? string.Empty : $" theo {because}")}: {VietnameseWording.Date(from)} → {VietnameseWording.DateWithWeekday(due)}." +
                (!extended.TryGetValue(unitId, out var own) ? string.Empty
                    : own <= due ? $" Hạn mới đã bao gồm gia hạn đến {VietnameseWording.Date(own)} của đơn vị."
                    : $" Đơn vị đã được gia hạn đến {VietnameseWording.DateWithWeekday(own)}, nên hạn của đơn vị vẫn là ngày đó.") +
                (moot.FirstOrDefault(r => r.UnitId == unitId) is { } request ? $" {Moot(request, due)}" : string.Empty);
            context.Send(new ConversationReference(member.Channel, member.ChatId, member.UserId), new OutboundMessage(notice) { AboutDeadlineId = deadline.Id });
            told.Add(unitId);
        }

        var text = $"\nĐã báo hạn mới cho {told.Count}/{inScope.Count} đơn vị" + (told.Count < inScope.Count ? " (các đơn vị còn lại chưa có ai nhận tin)." : ".");
        if (extended.Where(e => e.Value <= due).ToList() is { Count: > 0 } covered)
        {
            text += $"\nGia hạn đã duyệt nay nằm trong hạn mới (không còn là gia hạn): {Listed(covered)}.";
        }

        if (extended.Where(e => e.Value > due).ToList() is { Count: > 0 } later)
        {
            text += $"\nVẫn giữ gia hạn (sau hạn mới): {Listed(later)}.";
        }

        if (moot.Count > 0)
        {
            text += "\nĐề nghị gia hạn đang chờ nay không còn cần (hạn mới đã đến ngày xin), đã đóng: " +
                    string.Join(", ", moot.Select(r => $"số {r.Id} {inScope[r.UnitId].Code} xin đến {VietnameseWording.Date(r.RequestedDate)}")) + ".";
        }

        return text;

        string Listed(List<KeyValuePair<long, DateOnly>> units) =>
            string.Join(", ", units.OrderBy(c => c.Value).Select(c => $"{inScope[c.Key].Code} đến {VietnameseWording.Date(c.Value)}"));
    }

    /// <summary>What the unit of a request closed by the move is told.</summary>
    private static string Moot(ExtensionRequest request, DateOnly due) =>
        $"Đề nghị gia hạn đến {VietnameseWording.Date(request.RequestedDate)} của đơn vị không còn cần: hạn mới {VietnameseWording.Date(due)} " +
        (due > request.RequestedDate ? "đã sau ngày xin." : "đã đến ngày xin.");

    /// <summary>
    /// The waiting requests of units in scope that the new due date reaches: closed as no longer needed (recorded), so
    /// they stop counting as "chờ duyệt" and a later /duyet or /tuchoi of them says they are closed.
    /// </summary>
    private async Task<List<ExtensionRequest>> CloseCoveredRequestsAsync(TurnContext context, Deadline deadline, IReadOnlySet<long> inScope, CancellationToken ct)
    {
        var closed = new List<ExtensionRequest>();
        foreach (var request in await requests.PendingForDeadlinesAsync([deadline.Id], null, ct))
        {
            if (request.RequestedDate <= deadline.DueDate && inScope.Contains(request.UnitId) &&
                await requests.CloseUnneededAsync(request.Id, context.Caller.Key, ct) is { } done)
            {
                closed.Add(done);
            }
        }

        return closed;
    }
}
