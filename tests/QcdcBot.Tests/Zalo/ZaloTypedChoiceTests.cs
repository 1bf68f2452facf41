using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>A number typed the way people write it ("so 2", "chọn 2", "2.") answers a numbered question like "2" does.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("so {0}")]
    [InlineData("số {0}")]
    [InlineData("chọn {0}")]
    [InlineData("{0}.")]
    [InlineData("câu {0}")]
    [InlineData("muc {0}")]
    public async Task A_number_typed_with_words_around_it_answers_the_numbered_question(string typed)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo giữa kỳ", new DateOnly(2027, 12, 20));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra", new DateOnly(2027, 12, 10));

        _api.Enqueue(ZaloEvents.Text(Secretary, "chi bo dang lam"));
        await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, second.Id)));

        await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        Assert.Equal(StatusState.InProgress, (await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(second.Id))[unit.Id].State);
        Assert.Empty(await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(first.Id));
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("chưa hiểu", StringComparison.Ordinal));
    }
}
