using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Scheduling.Reminders;

internal sealed partial class ReminderSweep
{
    /// <summary>
    /// One message to the admins for the whole sweep, written in one transaction with every ledger row it stands for
    /// (the unreachable units' slots, the units newly past their last reminder): a crash before the commit sends
    /// nothing and leaves the rows to the next sweep; after it, nothing is sent twice. False when there was nothing
    /// new to tell.
    /// </summary>
    private async Task<bool> ReportToAdminsAsync(
        DateOnly today, IReadOnlyList<(DeadlineAlert Alert, IReadOnlyList<LedgerSlot> Rows)> alerts, IReadOnlyList<Member> admins, CancellationToken ct)
    {
        if (alerts.Count == 0)
        {
            return false;
        }

        if (admins.Count == 0)
        {
            logger.LogWarning(
                "{Count} deadlines need the admins (unreachable units or units past their last reminder) and no admin is reachable", alerts.Count);
        }

        var rows = alerts.SelectMany(a => a.Rows).ToList();
        var messages = admins.Count == 0 ? [] : await composer.ComposeAdminNoticeAsync(new AdminSweepNotice(today, [.. alerts.Select(a => a.Alert)]), admins, ct);
        // The rows are the key: a later sweep the same day with something new to say is a new message.
        var key = AdminKey(today, rows);
        return await ledger.RecordSlotsAsync(rows, messages.Select((m, i) => m with { DedupeKey = $"{key}:{i}" }).ToList(), ct);
    }

    private static string AdminKey(DateOnly today, IReadOnlyList<LedgerSlot> rows)
    {
        var all = string.Join('|', rows.Select(r => $"{r.DeadlineId}/{r.UnitId}/{r.Slot}").Order(StringComparer.Ordinal));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all)))[..16];
        return $"reminder-admins:{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{hash}";
    }
}
