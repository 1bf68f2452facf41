using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A unit's extension request sent twice within minutes (a double tap, the same request retyped, with or without
/// diacritics) is one request: the second is answered with the one already waiting, by its number, and the admins are
/// asked once. Another date, or the same one much later, is a new request as before.
/// </summary>
public sealed class SameExtensionRequestTwiceTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _secretary = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        await _bot.AssignAsync("Báo cáo nhanh tình hình trước ngày 25/10/2024 cho NHNN, SYT");
        _secretary = await _bot.RegisterSecretaryAsync("NHNN");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("xin gia han bc nhanh den 28/10/2024 vi chua hop", "xin gia han bc nhanh den 28/10/2024 vi chua hop")]
    [InlineData("/giahan 29/10/2024 vì chờ thủ trưởng ký", "/giahan 29/10/2024 vì chờ thủ trưởng ký")]
    [InlineData("xin thêm 1 tuần nữa vì chưa họp xong", "xin them 1 tuan nua vi chua hop xong")]
    public async Task The_same_request_twice_within_minutes_asks_the_admins_once_and_says_it_already_waits(string request, string again)
    {
        var first = await _bot.SayAsync(_secretary, request);
        Assert.NotEmpty(first.Proactive);
        _bot.Time.Advance(TimeSpan.FromMinutes(3));

        var second = await _bot.SayAsync(_secretary, again);

        Assert.Contains("Đề nghị này đã gửi rồi và đang chờ", second.Text(), StringComparison.Ordinal);
        Assert.Contains("đề nghị gia hạn số 1", second.Text(), StringComparison.Ordinal);
        Assert.Empty(second.Proactive);
        Assert.Single(await _bot.Get<ExtensionRequestStore>().PendingForDeadlinesAsync([1], null));
    }

    [Fact]
    public async Task Another_date_minutes_later_is_a_new_request_that_replaces_the_first()
    {
        await _bot.SayAsync(_secretary, "xin gia han bc nhanh den 28/10/2024 vi chua hop");
        _bot.Time.Advance(TimeSpan.FromMinutes(1));

        var other = await _bot.SayAsync(_secretary, "xin gia han bc nhanh den 30/10/2024 vi chua hop");

        Assert.Contains("thay cho đề nghị số 1", other.Text(), StringComparison.Ordinal);
        Assert.NotEmpty(other.Proactive);
    }

    [Fact]
    public async Task The_same_request_long_after_is_sent_again()
    {
        await _bot.SayAsync(_secretary, "xin gia han bc nhanh den 28/10/2024 vi chua hop");
        _bot.Time.Advance(TimeSpan.FromMinutes(30));

        var later = await _bot.SayAsync(_secretary, "xin gia han bc nhanh den 28/10/2024 vi chua hop");

        Assert.NotEmpty(later.Proactive);
    }
}
