using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>A file's name made of a kind of paper and a year ("kh 2027.docx") names that paper, as the README says.</summary>
public sealed class FileNameYearTests
{
    [Theory]
    [InlineData("kh 2025.docx")]
    [InlineData("KH_2025 (1).pdf")]
    [InlineData("ke-hoach-2025.docx")]
    public async Task An_uncaptioned_file_named_by_a_kind_of_paper_and_a_year_is_filed_to_that_deadline(string name)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2024 trước ngày 28/11/2024");
        var plan = await bot.AssignAsync("Kế hoạch tuyên truyền năm 2025 trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo công tác dân vận trước ngày 29/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var filed = await bot.SendFileAsync(secretary, name, [4, 2]);

        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("NHNN");
        Assert.NotNull(await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id));
    }
}
