using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "/giao Báo cáo nhanh cho TTRA, CTK trước 25/1/2027": a "cho …" between the title and the date is the scope, read as
/// one after the date is, not kept in the title with every chi, đảng bộ cơ sở told; a "cho …" meant as units that does
/// not read creates nothing and asks; one that names no units ("cho cán bộ chủ chốt") stays in the title.
/// </summary>
public sealed class ScopeBeforeDateTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Báo cáo nhanh cho TTRA, CTK trước 25/1/2027", "Báo cáo nhanh trước 25/1/2027 cho TTRA, CTK", "Báo cáo nhanh")]
    [InlineData("kh 2027 cho các chi bộ (trừ Thanh tra tỉnh; Cục Thống kê) trước 20/12", "kh 2027 trước 20/12 cho các chi bộ (trừ Thanh tra tỉnh; Cục Thống kê)", "Kế hoạch 2027")]
    [InlineData("tk nam 2026 cho NHNN; SYT, Đảng bộ Sở Văn hóa, Thể thao và Du lịch và Báo Yên Bái trước 22/12 nha", "tk nam 2026 trước 22/12 cho NHNN; SYT, Đảng bộ Sở Văn hóa, Thể thao và Du lịch và Báo Yên Bái nha", "Tổng kết nam 2026")]
    [InlineData("bc 6 thang cho tất cả các chi, đảng bộ cơ sở nhé trước 15/12", "bc 6 thang trước 15/12 cho tất cả các chi, đảng bộ cơ sở nhé", "Báo cáo 6 thang")]
    [InlineData("Báo cáo kết quả cho vay cho NHNN hạn chót 18/12", "Báo cáo kết quả cho vay hạn chót 18/12 cho NHNN", "Báo cáo kết quả cho vay")]
    [InlineData("Danh sách đảng viên cho Ngân hàng Nhà nước và TTRA trước 18/12", "Danh sách đảng viên trước 18/12 cho Ngân hàng Nhà nước và TTRA", "Danh sách đảng viên")]
    public async Task A_scope_between_title_and_date_is_read_as_one_after_the_date(string between, string after, string title)
    {
        var (betweenReply, betweenDeadline) = await GiveAsync(between);
        var (afterReply, afterDeadline) = await GiveAsync(after);

        Assert.Equal(afterReply, betweenReply);
        Assert.Equal(afterDeadline.Title, betweenDeadline.Title);
        Assert.Equal(title, betweenDeadline.Title);
        Assert.Equal(afterDeadline.Scope, betweenDeadline.Scope);
        Assert.Equal(afterDeadline.Covered, betweenDeadline.Covered);
    }

    [Fact]
    public async Task Units_named_between_title_and_date_are_the_only_ones_told()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var inspectors = await bot.RegisterSecretaryAsync("TTRA");
        var bank = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo nhanh cho TTRA, CTK trước 25/1/2027");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal("Báo cáo nhanh", deadline.Title);
        Assert.Equal(new[] { (await bot.UnitAsync("TTRA")).Id, (await bot.UnitAsync("CTK")).Id }.Order(), deadline.UnitIds.Order());
        Assert.Contains(reply.Proactive, p => p.To.ChatId == inspectors);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == bank);
    }

    [Theory]
    [InlineData("Báo cáo nhanh cho TTRA, CTKK trước 25/1/2027", "CTKK")]
    [InlineData("Báo cáo nhanh cho các chi bộ (trừ Phòng Không Có) trước 25/1/2027", "Phòng Không Có")]
    public async Task A_scope_between_title_and_date_that_does_not_read_creates_nothing_and_asks(string arguments, string unread)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var bank = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Contains(unread, reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Chưa tạo việc nào", reply.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync());
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == bank);
    }

    [Theory]
    [InlineData("Báo cáo kết quả hội nghị cho cán bộ chủ chốt trước 17/12", "Báo cáo kết quả hội nghị cho cán bộ chủ chốt")]
    [InlineData("Kế hoạch tập huấn cho đảng viên mới trước 17/12", "Kế hoạch tập huấn cho đảng viên mới")]
    public async Task Words_after_cho_that_name_no_units_stay_in_the_title(string arguments, string title)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal(title, deadline.Title);
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
    }

    private static async Task<(string Reply, (string Title, DeadlineScope Scope, long[] Covered))> GiveAsync(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var reply = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);
        var created = await bot.Get<DeadlineStore>().ListAsync();
        Assert.True(created.Count == 1, $"Expected one new deadline for \"{arguments}\", reply was: {reply.Text()}");
        var deadline = created[0];
        var all = await bot.Get<UnitStore>().AllAsync();
        return (reply.Text(), (deadline.Title, deadline.Scope, all.Where(deadline.Covers).Select(u => u.Id).Order().ToArray()));
    }
}
