using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A scope written before the title ("cho TTRA, CTK gửi …", "NHNN và SKHDT nộp …") is read as the scope, not stored as
/// the title with every grassroots unit told; a /giao whose title would only be a scope creates nothing and asks.
/// </summary>
public sealed class LeadingScopeTests
{
    [Theory]
    [InlineData("cho TTRA, CTK gửi danh sách đề nghị khen thưởng trước 28/11/2024", "Danh sách đề nghị khen thưởng")]
    [InlineData("Cho Chi bộ Thanh tra tỉnh và CTK phải nộp lại bảng tổng hợp ý kiến hạn chót 28/11/2024", "Bảng tổng hợp ý kiến")]
    [InlineData("TTRA và CTK nộp kế hoạch tuyên truyền chậm nhất 28/11/2024 nhé", "Kế hoạch tuyên truyền")]
    public async Task Units_named_before_the_title_are_the_scope_and_only_they_are_told(string arguments, string title)
    {
        await using var bot = await BotHarness.CreateAsync();
        var inspectors = await bot.RegisterSecretaryAsync("TTRA");
        var other = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(title, deadline.Title);
        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        Assert.Equal(new[] { (await bot.UnitAsync("TTRA")).Id, (await bot.UnitAsync("CTK")).Id }.Order(), deadline.UnitIds.Order());
        Assert.Contains(reply.Proactive, p => p.To.ChatId == inspectors);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == other);
    }

    [Fact]
    public async Task A_group_before_the_title_is_the_scope()
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync("cho các chi bộ xây dựng báo cáo chuyên đề hạn chót 28/11/2024");

        Assert.Equal("Xây dựng báo cáo chuyên đề", deadline.Title);
        Assert.Equal(DeadlineScope.Kind, deadline.Scope);
        Assert.Equal(UnitKind.ChiBo, deadline.ScopeKind);
    }

    [Theory]
    [InlineData("Kế hoạch tổ chức hội nghị gửi về Ban trước 28/11/2024", "Kế hoạch tổ chức hội nghị")]
    [InlineData("Báo cáo y tế học đường nộp bản giấy trước 28/11/2024", "Báo cáo y tế học đường")]
    public async Task A_title_sharing_words_with_a_unit_name_stays_the_title(string arguments, string title)
    {
        await using var bot = await BotHarness.CreateAsync();

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal(title, deadline.Title);
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
    }

    [Theory]
    [InlineData("cho NHNN, SYT hạn chót 28/11/2024")]
    [InlineData("Cho các chi bộ trước 28/11/2024")]
    public async Task A_title_that_is_only_a_scope_creates_nothing_and_asks_for_the_title(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Contains("Thiếu tên việc", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == secretary);
    }
}
