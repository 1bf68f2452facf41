using System.Globalization;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A deadline the unit is excused from, named outright: /nopfile says it is excused and still gives its link (a hand-in
/// counts as handed in instead); /giahan answers about that one alone and asks nothing about another deadline.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("/nopfile #{0}")]
    [InlineData("/nopfile {0}")]
    [InlineData("nop file #{0}")]
    public async Task Nopfile_naming_an_excused_deadline_says_it_is_excused_and_still_gives_its_link(string typed)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");

        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(CultureInfo.InvariantCulture, typed, excused.Id)));

        var reply = await _api.WaitForMessageAsync(Secretary, "Nộp tệp (");
        Assert.StartsWith($"Việc #{excused.Id} \"Báo cáo vụ việc khiếu nại phát sinh\" đơn vị được miễn", reply.Text, StringComparison.Ordinal);
        Assert.Contains("không cần nộp việc này. Nếu vẫn muốn nộp", reply.Text, StringComparison.Ordinal);
        Assert.Contains("được tính là đã nộp thay cho được miễn", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"#{excused.Id} Báo cáo vụ việc khiếu nại phát sinh:\n  https://qcdc.example.vn/nop/", reply.Text, StringComparison.Ordinal);
        await AssertStillExcusedAsync(unit.Id, excused.Id);
    }

    [Theory]
    [InlineData("nop file")]
    [InlineData("/nopfile")]
    public async Task Nopfile_naming_nothing_lists_links_for_what_is_owed_and_names_the_excused_deadline_without_a_link(string typed)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var owed = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        var reply = await _api.WaitForMessageAsync(Secretary, "Nộp tệp (");
        Assert.Contains($"#{excused.Id} \"Báo cáo vụ việc khiếu nại phát sinh\" được miễn", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"#{owed.Id} Kế hoạch tuyên truyền năm 2028:\n  https://qcdc.example.vn/nop/", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{excused.Id} Báo cáo vụ việc khiếu nại phát sinh:\n", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/giahan #{0} 28/12/2027 chờ họp chi bộ")]
    [InlineData("/giahan #{0} them 1 tuan")]
    [InlineData("xin gia han #{0} den 28/12/2027 vi chua hop")]
    public async Task Giahan_naming_an_excused_deadline_answers_that_one_and_asks_about_no_other(string typed)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");
        var before = _api.MessagesTo(Secretary).Count;

        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(CultureInfo.InvariantCulture, typed, excused.Id)));
        var reply = await _api.WaitForMessageAsync(Secretary, "không cần xin gia hạn");
        // Whatever the bot would have added comes before the answer to the next message.
        _api.Enqueue(ZaloEvents.Text(Secretary, "/toi"));
        await _api.WaitForMessageAsync(Secretary, "Mã tài khoản chat của bạn");

        Assert.StartsWith($"Việc #{excused.Id} \"Báo cáo vụ việc khiếu nại phát sinh\" đơn vị được miễn", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"/nopfile {excused.Id}", reply.Text, StringComparison.Ordinal);
        var after = _api.MessagesTo(Secretary).Skip(before).ToList();
        Assert.Equal(2, after.Count);
        Assert.DoesNotContain(after, m => m.Contains("cho việc nào?", StringComparison.Ordinal));
        Assert.Empty(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(excused.Id));
    }
}
