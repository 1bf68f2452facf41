using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "Nộp cho việc nào?" shows the first deadlines and says "Còn N việc khác: … hoặc gõ số # của việc (ví dụ #9)": the
/// number it offers, typed as it says, files the photo under that deadline instead of being refused.
/// </summary>
public sealed partial class OffListDeadlineTests
{
    [Theory]
    [InlineData("#{0}")]
    [InlineData("{0}")]
    [InlineData("số {0}")]
    public async Task The_deadline_number_the_question_offers_beyond_its_list_is_taken(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        string[] titles = ["Kế hoạch tuyên truyền", "Báo cáo giám sát", "Danh sách cán bộ", "Tờ trình kiện toàn", "Báo cáo tự kiểm tra",
            "Nghị quyết chuyên đề", "Biên bản họp chi ủy", "Báo cáo dân vận", "Kế hoạch kiểm tra", "Báo cáo sơ kết quý"];
        for (var i = 0; i < titles.Length; i++)
        {
            var due = new DateOnly(2024, 11, 4).AddDays(21 * i);
            await bot.AssignAsync($"{titles[i]} trước ngày {due.Day}/{due.Month}/{due.Year}");
        }

        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var unit = await bot.UnitAsync("NHNN");

        var asked = (await bot.SendFileAsync(secretary, "anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 4])).Text();
        var offered = Offered().Match(asked);
        Assert.True(offered.Success, asked);
        var id = long.Parse(offered.Groups["id"].Value, CultureInfo.InvariantCulture);
        var answered = (await bot.SayAsync(secretary, string.Format(CultureInfo.InvariantCulture, typed, id))).Text();

        Assert.Contains("Biên nhận", answered, StringComparison.Ordinal);
        Assert.DoesNotContain("Xin gõ số của việc trong danh sách", answered, StringComparison.Ordinal);
        Assert.Equal(["anh.jpg"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, id))!.Files.Select(f => f.OriginalName));
    }

    [GeneratedRegex(@"ví dụ #(?<id>\d+)")]
    private static partial Regex Offered();
}
