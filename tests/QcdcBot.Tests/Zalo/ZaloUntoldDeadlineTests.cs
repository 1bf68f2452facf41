using System.Text.RegularExpressions;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A deadline whose units were not told yet (the office's day-off question on /giao still open) takes no extension
/// request: the secretary is told why and nothing reaches the office; once the notice has gone out, a request is taken.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_extension_for_a_deadline_not_yet_announced_is_refused_politely_and_taken_once_the_units_are_told()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/giao Báo cáo chuyên đề dân vận chính quyền trước 11/12/2027"));
        var created = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "là ngày nghỉ");
        var id = long.Parse(Regex.Match(created.Text!, "#(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        _api.Enqueue(ZaloEvents.Text(Secretary, $"em xin gia hạn #{id} tới 24/12/2027 do chờ hội nghị chi bộ"));

        var refused = await _api.WaitForMessageAsync(Secretary, "chưa gửi đề nghị gia hạn");
        Assert.Contains($"#{id}", refused.Text, StringComparison.Ordinal);
        Assert.Empty(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(id));
        Assert.DoesNotContain(_api.MessagesTo(ZaloTestHost.Admin), m => m.Contains("Đề nghị gia hạn số", StringComparison.Ordinal));

        // The office keeps the Saturday: the units are told, and the same request is now taken.
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "2"));
        await _api.WaitForMessageAsync(Secretary, $"📌 Việc mới #{id}");
        _api.Enqueue(ZaloEvents.Text(Secretary, $"em xin gia hạn #{id} tới 24/12/2027 do chờ hội nghị chi bộ"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số");
        Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(id));
    }
}
