using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>A /giao that repeats an open deadline (a double tap, the same letter typed twice) is asked about first.</summary>
public sealed class DuplicateDeadlineTests
{
    [Theory]
    [InlineData("Kế hoạch tuyên truyền QCDC năm 2025 trước 15/11/2024 cho NHNN, SKHDT", "ke hoach tuyen truyen quy che dan chu nam 2025 han 15/11/2024 cho SKHDT,NHNN")]
    [InlineData("Báo cáo sơ kết công tác dân vận trước ngày 30/11/2024", "Bao cao so ket cong tac dan van nhe, truoc 30/11/2024")]
    [InlineData("Báo cáo công tác dân vận trước ngày 28/11/2024 cho NHNN", "Báo cáo công tác Dân vận năm 2024 trước ngày 28/11/2024 cho NHNN")]
    [InlineData("Kế hoạch tuyên truyền năm 2025 trước ngày 28/11/2024", "KẾ HOẠCH TUYÊN TRUYỀN trước ngày 28/11/2024")]
    public async Task A_second_giao_with_the_same_units_date_and_near_same_title_asks_before_creating(string first, string second)
    {
        await using var bot = await BotHarness.CreateAsync();
        var original = await bot.AssignAsync(first);

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao " + second);

        Assert.Contains($"Đã có việc #{original.Id}", asked.Text(), StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        var kept = await bot.SayAsync(BotHarness.Admin, "2");
        Assert.Contains("chưa tạo việc nào", kept.Text(), StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync());

        await bot.SayAsync(BotHarness.Admin, "/giao " + second);
        var created = await bot.SayAsync(BotHarness.Admin, "1");
        Assert.Contains("Đã giao việc", created.Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync()).Count);
    }

    [Theory]
    [InlineData("Báo cáo QCDC năm 2024 trước 15/12/2024")] // another kind of paper
    [InlineData("Kế hoạch QCDC năm 2025 trước 15/12/2024")] // another year in the title
    [InlineData("Kế hoạch QCDC năm 2024 trước 23/12/2024")] // another day (a day apart too: see DuplicateOnlyWhenSameTests)
    [InlineData("Kế hoạch QCDC năm 2024 trước 15/12/2024 cho đoàn thể")] // other units
    public async Task A_deadline_that_differs_in_kind_number_date_or_units_is_created_without_asking(string second)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC năm 2024 trước 15/12/2024");

        await bot.AssignAsync(second);
    }

    [Theory]
    [InlineData("Báo cáo tự kiểm tra QCDC", "bao cao tu kiem tra quy che dan chu o co so", true)]
    [InlineData("Kế hoạch QCDC năm 2024", "Báo cáo QCDC năm 2024", false)]
    [InlineData("Báo cáo 6 tháng đầu năm", "Báo cáo năm", false)]
    [InlineData("Đăng ký mô hình dân vận khéo", "Đăng ký mô hình Dân vận khéo 2025", true)] // a year only one side writes
    [InlineData("Đăng ký mô hình dân vận khéo 2024", "Đăng ký mô hình Dân vận khéo 2025", false)]
    [InlineData("Ke hoach tuyen truyen QCDC", "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026", false)] // only "QCDC" shared
    [InlineData("Ke hoach R", "Ke hoach O", false)] // a title word on one side only
    [InlineData("Kế hoạch QCDC năm 2026", "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026", true)]
    public void Titles_are_near_same_only_when_kind_numbers_and_most_words_agree(string a, string b, bool same) =>
        Assert.Equal(same, TitleSimilarity.AreNearSame(a, b));

    [Theory]
    [InlineData("Bao cao tu kiem tra giam sat", "Xây dựng báo cáo tự kiểm tra, giám sát việc thực hiện QCDC", true)]
    [InlineData("Kế hoạch công tác 2027", "Xây dựng kế hoạch công tác năm 2027", true)]
    [InlineData("Kế hoạch QCDC năm 2027", "Xây dựng kế hoạch QCDC 2027", true)] // only QCDC on both sides
    [InlineData("Bảng tổng hợp số liệu QCDC", "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026", false)]
    [InlineData("Xay dung ke hoach tu kiem tra QCDC", "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026", false)]
    [InlineData("Số liệu báo cáo kết quả thực hiện QCDC năm 2026", "Báo cáo kết quả thực hiện QCDC năm 2026", false)]
    [InlineData("Ke hoach tuyen truyen QCDC", "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026", false)]
    [InlineData("Ke hoach R", "Ke hoach O", false)]
    public void Titles_are_similar_only_by_words_of_their_own_beside_qcdc_and_of_one_kind_of_paper(string a, string b, bool similar) =>
        Assert.Equal(similar, TitleSimilarity.AreSimilar(a, b));
}
