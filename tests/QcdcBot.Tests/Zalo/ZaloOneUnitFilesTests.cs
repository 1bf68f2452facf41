using System.Globalization;

namespace QcdcBot.Tests.Zalo;

/// <summary>/taifile with a unit beside the deadline, in either order, by code or words: that unit's files only.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("/taifile NHNN #{0}", "NHNN")]
    [InlineData("/taifile #{0} ctk", "CTK")]
    [InlineData("/taifile {0} Ngân hàng Nhà nước", "NHNN")]
    [InlineData("/taifile bc giam sat chuyen de CTK", "CTK")]
    public async Task Taifile_with_a_unit_beside_the_deadline_gives_that_units_files_only(string typed, string code)
    {
        const string Colleague = "c0aa0000a66b88fe6d6a9";
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, Colleague, "CTK");
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo giám sát chuyên đề", new DateOnly(2027, 12, 18));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("a.jpg", [1, 2, 3, 4]), caption: $"#{deadline.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        _api.Enqueue(ZaloEvents.Image(Colleague, _api.AddImage("b.jpg", [5, 6, 7, 8]), caption: $"#{deadline.Id}"));
        await _api.WaitForMessageAsync(Colleague, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, string.Format(CultureInfo.InvariantCulture, typed, deadline.Id)));

        var reply = await _api.WaitForMessageAsync(ZaloTestHost.Admin, $"Việc \"{deadline.Title}\"");
        Assert.Contains($"({code}): 1 tệp", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Tải tệp tại", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2 đơn vị", reply.Text, StringComparison.Ordinal);
    }
}
