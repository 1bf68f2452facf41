using System.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Letters;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /giao: "cho …" before or after the date, with ";" lists, "nha/nhé" and "để tổng hợp" around it, is the scope and
/// never part of the title; a duplicate of an open deadline (similar title, the same due date, units one scope holds) is
/// asked about, naming the open one, by the same similarity letters use for "trùng"; another due date is another deadline.
/// </summary>
public sealed class GiaoScopeLeftoverTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Báo cáo tổng hợp ý kiến cho TTRA, CTK để tổng hợp trước 22/12/2026", "Báo cáo tổng hợp ý kiến", "TTRA,CTK")]
    [InlineData("Danh sách cán bộ nguồn cho NHNN; SYT trước 22/12/2026 nha", "Danh sách cán bộ nguồn", "NHNN,SYT")]
    [InlineData("Bản kiểm điểm tập thể cho Đảng bộ Sở Y tế; Chi bộ Báo Yên Bái nhé trước ngày 22/12/2026", "Bản kiểm điểm tập thể", "SYT,BAOYB")]
    [InlineData("Kế hoạch tuyên truyền trước 22/12/2026 cho Ngân hàng Nhà nước; Sở Y tế nhé", "Kế hoạch tuyên truyền", "NHNN,SYT")]
    [InlineData("Biên bản đối thoại cho Sở Y tế và Thanh tra tỉnh theo hướng dẫn trước 22/12/2026", "Biên bản đối thoại", "SYT,TTRA")]
    public async Task A_scope_written_around_the_date_is_the_units_and_not_the_title(string arguments, string title, string codes)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync(arguments);

        Assert.Equal(title, deadline.Title);
        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        var wanted = new List<long>();
        foreach (var code in codes.Split(','))
        {
            wanted.Add((await bot.UnitAsync(code)).Id);
        }

        Assert.Equal(wanted.Order(), deadline.UnitIds.Order());
    }

    [Theory]
    [InlineData("Bao cao tu kiem tra giam sat cho cac chi bo truoc 18/12")]
    public async Task A_similar_title_for_units_the_open_one_holds_the_same_day_asks_naming_the_open_one(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var open = await bot.AssignAsync("Xây dựng báo cáo tự kiểm tra, giám sát việc thực hiện QCDC gửi về Ban Chỉ đạo Đảng ủy Khối trước ngày 18/12/2026 để tổng hợp, báo cáo theo quy định.");

        var reply = (await bot.SayAsync(BotHarness.Admin, "/giao " + arguments)).Text();

        Assert.Contains($"Đã có việc #{open.Id} \"{open.Title}\"", reply, StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
    }

    [Theory]
    [InlineData("Xây dựng báo cáo tự kiểm tra, giám sát việc thực hiện QCDC trước ngày 18/12/2026", "Báo cáo tự kiểm tra, giám sát QCDC năm 2026 hạn 16/12/2026 cho các đảng bộ cơ sở")]
    [InlineData("Xây dựng báo cáo tự kiểm tra, giám sát việc thực hiện QCDC trước ngày 18/12/2026", "bc giam sat tu kiem tra truoc 21/12 cho NHNN, SYT")]
    [InlineData("Kế hoạch công tác năm 2027 trước 18/12/2026 cho tất cả đơn vị (không kể đoàn thể, NHNN)", "Xây dựng kế hoạch công tác 2027 cho các đảng bộ cơ sở trước 17/12/2026")]
    public async Task A_similar_title_due_another_day_is_another_deadline_created_at_once(string first, string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.AssignAsync(first);

        await bot.AssignAsync(arguments);

        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync()).Count);
    }

    [Theory]
    [InlineData("Kế hoạch tự kiểm tra giám sát cho các chi bộ trước 18/12")]
    [InlineData("Báo cáo tự kiểm tra giám sát năm 2025 trước 18/12 cho các chi bộ")]
    [InlineData("Báo cáo kiểm tra đảng viên trước 18/12 cho các chi bộ")]
    public async Task Another_paper_is_not_asked_about(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.AssignAsync("Xây dựng báo cáo tự kiểm tra, giám sát việc thực hiện QCDC năm 2026 gửi về Ban Chỉ đạo trước ngày 18/12/2026.");

        await bot.AssignAsync(arguments);
    }

    [Fact]
    public async Task A_letter_item_with_a_similar_title_is_flagged_trung_as_giao_asks()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var open = await bot.AssignAsync("Xây dựng báo cáo tự kiểm tra, giám sát việc thực hiện QCDC trước ngày 18/12/2026");
        const string Letter = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 303-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\nCác đơn vị gửi báo cáo tự kiểm tra, giám sát trước ngày 18/12/2026.";

        var item = Assert.Single((await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(Letter))).Items);

        Assert.Contains(item.Warnings, w => w.StartsWith($"trùng với việc #{open.Id}", StringComparison.Ordinal));
    }
}
