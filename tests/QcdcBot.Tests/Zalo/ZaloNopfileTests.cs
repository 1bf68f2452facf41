namespace QcdcBot.Tests.Zalo;

/// <summary>/nopfile on Zalo: links for every deadline still owed, or for the deadline the words name.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task Nopfile_alone_gives_a_link_for_every_deadline_not_yet_handed_in_and_nopfile_words_name_one()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var handedIn = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var owed = await ZaloSeed.DeadlineAsync(_host, "Báo cáo 6 tháng đầu năm 2027", new DateOnly(2027, 12, 28));
        var plan = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1.jpg", [1, 2, 3]), $"#{handedIn.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(Secretary, "/nopfile"));
        var links = await _api.WaitForMessageAsync(Secretary, "Nộp tệp (");
        Assert.Contains($"#{owed.Id} Báo cáo 6 tháng đầu năm 2027:\n  https://qcdc.example.vn/nop/", links.Text, StringComparison.Ordinal);
        Assert.Contains($"#{plan.Id} Kế hoạch QCDC năm 2028:\n  https://qcdc.example.vn/nop/", links.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Báo cáo sơ kết QCDC quý I", links.Text, StringComparison.Ordinal);

        foreach (var (words, expected) in new[] { ("ke hoach", plan), ("bc 6 thang", owed) })
        {
            _api.Enqueue(ZaloEvents.Text(Secretary, "/nopfile " + words));
            var named = await _api.WaitForAsync("sendMessage", c => c.ChatId == Secretary && (c.Text ?? string.Empty).StartsWith("Nộp tệp (", StringComparison.Ordinal)
                && (c.Text ?? string.Empty).Contains($"#{expected.Id} ", StringComparison.Ordinal) && (c.Text ?? string.Empty).Split("/nop/").Length == 2);
            Assert.Contains(expected.Title, named.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Nop_file_typed_as_two_words_is_nopfile()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var owed = await ZaloSeed.DeadlineAsync(_host, "Báo cáo 6 tháng đầu năm 2027", new DateOnly(2027, 12, 28));
        var plan = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));

        _api.Enqueue(ZaloEvents.Text(Secretary, "nop file"));

        var links = await _api.WaitForMessageAsync(Secretary, "Nộp tệp (");
        Assert.Contains($"#{owed.Id} Báo cáo 6 tháng đầu năm 2027:\n  https://qcdc.example.vn/nop/", links.Text, StringComparison.Ordinal);
        Assert.Contains($"#{plan.Id} Kế hoạch QCDC năm 2028:\n  https://qcdc.example.vn/nop/", links.Text, StringComparison.Ordinal);

        _api.Enqueue(ZaloEvents.Text(Secretary, "Nộp file ke hoach"));
        var named = await _api.WaitForAsync("sendMessage", c => c.ChatId == Secretary && (c.Text ?? string.Empty).StartsWith("Nộp tệp (", StringComparison.Ordinal)
            && (c.Text ?? string.Empty).Split("/nop/").Length == 2);
        Assert.Contains(plan.Title, named.Text, StringComparison.Ordinal);
    }
}
