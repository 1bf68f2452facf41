namespace QcdcBot.Tests.Zalo;

/// <summary>/toi tells a configured admin or leader what they already are, not to ask the office for rights.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData(ZaloTestHost.Admin, "/toi", "Bạn đã là quản trị bot")]
    [InlineData(Leader, "toi", "Bạn đã là lãnh đạo")]
    [InlineData(Leader, "/toi", "Bạn đã là lãnh đạo")]
    public async Task Whoami_from_a_configured_admin_or_leader_says_what_they_already_are_with_their_id(string user, string typed, string expected)
    {
        _api.Enqueue(ZaloEvents.Text(user, typed));

        var reply = await _api.WaitForMessageAsync(user, "Mã tài khoản chat của bạn");
        Assert.Contains($"zalo:{user}.", reply.Text, StringComparison.Ordinal);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("để cấp quyền", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whoami_from_someone_not_configured_still_tells_how_to_be_granted_rights()
    {
        _api.Enqueue(ZaloEvents.Text(Stranger, "/toi"));

        var reply = await _api.WaitForMessageAsync(Stranger, "Mã tài khoản chat của bạn");
        Assert.Contains("để cấp quyền", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Ban Tuyên giáo ghi mã này", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn phòng", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/toi")]
    [InlineData("toi")]
    public async Task Whoami_from_a_secretary_names_the_unit_and_no_setting(string typed)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        var reply = await _api.WaitForMessageAsync(Secretary, "Mã tài khoản chat của bạn");
        Assert.Contains($"zalo:{Secretary}.", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"người nộp báo cáo của {unit.Name}", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Ban Tuyên giáo dùng mã này", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bot:", reply.Text, StringComparison.Ordinal);
    }
}
