using Microsoft.Extensions.Logging;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Scheduling.Resilience;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Delivery;

/// <summary>
/// Tells the admins that the store is failing. Through the outbox when it still takes writes (a busy or locked
/// store usually does a moment later), keyed on the episode so it is queued once; when the outbox itself cannot be
/// written (a full disk), straight through each admin's channel, still within the channel's limits.
/// </summary>
internal sealed class AdminStoreAlert(
    MemberStore members,
    OutboxWriter outbox,
    IMessageSender sender,
    OutboxRateLimiter limiter,
    OfficeClock clock,
    TimeProvider time,
    ILogger<AdminStoreAlert> logger) : IStoreAlert
{
    public async Task<bool> TellAdminsAsync(StoreFault fault, DateTimeOffset since, CancellationToken ct)
    {
        var admins = (await members.AllAsync(ct)).Where(m => m.Reachable && m.Role == MemberRole.Admin).ToList();
        if (admins.Count == 0)
        {
            logger.LogWarning("No reachable admin to tell about the store fault ({Cause})", fault.Cause);
            return true;
        }

        var text = Text(fault, clock.ToLocal(since));
        var key = $"store-alert:{since.ToUnixTimeSeconds()}";
        try
        {
            var items = new List<OutboxItem>();
            foreach (var admin in admins)
            {
                items.Add(await outbox.ItemAsync(new ConversationReference(admin.Channel, admin.ChatId, admin.UserId), new OutboundMessage(text), $"{key}:{admin.Id}", ct));
            }

            await outbox.EnqueueAsync(items, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException && StoreFault.Of(e) is not null)
        {
            // The outbox lives in the store that is failing: this one notice goes out directly.
            var delivered = 0;
            foreach (var admin in admins)
            {
                var now = time.GetUtcNow();
                var item = await outbox.ItemAsync(new ConversationReference(admin.Channel, admin.ChatId, admin.UserId), new OutboundMessage(text), null, ct);
                var row = new OutboxMessage(0, now, item.Channel, item.ChatId, item.UserId, item.BodyJson, null, OutboxState.Pending, 1, now, null, null, null);
                var permit = await limiter.AcquireAsync(admin.Channel, admin.ChatId, ct);
                try
                {
                    delivered += (await sender.SendAsync(row, ct)).Outcome == SendOutcome.Delivered ? 1 : 0;
                }
                finally
                {
                    limiter.Sent(permit);
                }
            }

            return delivered > 0;
        }
    }

    private static string Text(StoreFault fault, DateTimeOffset since)
    {
        var what = fault.Kind switch
        {
            StoreFaultKind.DiskFull => "ổ đĩa chứa cơ sở dữ liệu đã đầy",
            StoreFaultKind.Locked => "cơ sở dữ liệu đang bị một chương trình khác khóa",
            _ => "đọc/ghi ổ đĩa bị lỗi",
        };
        var fix = fault.Kind switch
        {
            StoreFaultKind.DiskFull => "xin giải phóng chỗ trống trên ổ đĩa của máy chủ",
            StoreFaultKind.Locked => "xin đóng chương trình đang mở tệp cơ sở dữ liệu (hoặc bản bot thứ hai đang chạy)",
            _ => "xin kiểm tra ổ đĩa của máy chủ",
        };
        return $"⚠️ Từ {since:HH:mm dd/MM}, bot không ghi được dữ liệu: {what}. Bot vẫn giữ các tin đang xử lý và tự thử lại; " +
               $"chưa mất tin nào, nhưng tin nhắn, biên nhận và lời nhắc có thể đến chậm. Cách khắc phục: {fix}.";
    }
}
