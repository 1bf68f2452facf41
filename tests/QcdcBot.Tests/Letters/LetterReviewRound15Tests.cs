using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The fifteenth round on /congvan: bare table rows under a heading, title years after edits, "trong tháng" that asks nothing.</summary>
public sealed class LetterReviewRound15Tests : ClerkRound
{
    [Theory]
    [InlineData("2. Hồ sơ đề nghị khen thưởng phong trào thi đua Dân vận khéo năm 2026", "1\tHồ sơ\tCác chi, đảng bộ cơ sở\t22/12/2026",
        "Hồ sơ đề nghị khen thưởng phong trào thi đua Dân vận khéo năm 2026")]
    [InlineData("2. Hồ sơ đề nghị khen thưởng phong trào thi đua Dân vận khéo năm 2026", "1\tBáo cáo\tCác chi, đảng bộ cơ sở\t18/12/2026",
        "Báo cáo trong hồ sơ đề nghị khen thưởng phong trào thi đua Dân vận khéo năm 2026")]
    [InlineData("3. Về việc sơ kết công tác tuyên giáo năm 2026", "1\tBáo cáo\tCác chi bộ\t18/12/2026",
        "Báo cáo sơ kết công tác tuyên giáo năm 2026")]
    [InlineData("1. Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2027", "1\tKế hoạch\tCác chi bộ\t15/01/2027",
        "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2027")]
    public async Task A_table_row_naming_only_a_kind_of_paper_takes_the_topic_of_the_numbered_heading_above(string heading, string row, string title)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var text = ToGrassroots + "II. NỘI DUNG\n" + heading;
        var docx = LetterFiles.Docx(text, tableRowsAfterLine: ["TT\tNội dung\tĐơn vị thực hiện\tThời hạn", row], afterLine: text.Split('\n').Length);

        var item = Assert.Single(await ProposalHarness.DescribeAsync(bot, await ProposalHarness.ProposeAsync(bot, "cv.docx", docx)));

        Assert.Equal(title, item.Split(" | ")[0]);
    }
}
