namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A request for more time that names its deadline by the title's own words, without "bc"/"báo cáo" ("lùi hạn kiem
/// tra chuyen de"), is taken for that deadline rather than asking which one.
/// </summary>
public sealed class ExtensionBareTitleTests
{
    [Theory]
    [InlineData("xin lui han kiem tra chuyen de 1 tuan", "chuyên đề", "7/12/2024")]
    [InlineData("gia han tu kiem tra den 20/12", "tự kiểm tra", "20/12/2024")]
    [InlineData("em xin lùi hạn phong trào dân vận khéo đến 10/12/2024 vì chờ họp", "dân vận", "10/12/2024")]
    [InlineData("cho em them 5 ngay phan kiem tra chuyen de a", "chuyên đề", "5/12/2024")]
    public async Task The_deadline_named_without_its_kind_of_paper_is_the_one_asked_for(string request, string which, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kiểm tra chuyên đề năm 2024 trước ngày 30/11/2024 cho CTK");
        await bot.AssignAsync("Báo cáo kết quả tự kiểm tra năm 2024 trước ngày 29/11/2024 cho CTK");
        await bot.AssignAsync("Báo cáo tổng kết phong trào dân vận khéo trước ngày 28/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, request);

        Assert.Equal(1, await bot.CountAsync("extension_requests"));
        var text = reply.Text();
        Assert.Contains(which, text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("cho việc nào", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xin lui han ra soat van ban 1 tuan vi cho hop", "cho hop")]
    [InlineData("em xin lùi hạn rà soát văn bản đến 10/12/2024 do chưa họp chi bộ", "chưa họp chi bộ")]
    public async Task The_name_is_no_part_of_the_reason_the_office_reads(string request, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Rà soát văn bản thực hiện dân chủ ở cơ sở trước ngày 30/11/2024 cho CTK");
        await bot.AssignAsync("Báo cáo kiểm tra chuyên đề năm 2024 trước ngày 29/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, request);

        var toOffice = reply.Proactive[0].Message.Text;
        Assert.Contains("\"Rà soát văn bản thực hiện dân chủ ở cơ sở\"", toOffice, StringComparison.Ordinal);
        var said = toOffice[(toOffice.IndexOf("Lý do:", StringComparison.Ordinal) + 6)..].Split('\n')[0];
        Assert.Contains(reason, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("soat", VietnameseFold(said), StringComparison.Ordinal);
    }

    private static string VietnameseFold(string text) => QcdcBot.Storage.Text.VietnameseFold.Fold(text);

    [Fact]
    public async Task Words_that_fit_two_deadlines_equally_still_ask()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo kiểm tra chuyên đề năm 2024 trước ngày 30/11/2024 cho CTK");
        await bot.AssignAsync("Kế hoạch kiểm tra chuyên đề năm 2025 trước ngày 29/11/2024 cho CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SayAsync(secretary, "xin lui han kiem tra chuyen de den 10/12");

        Assert.Contains("cho việc nào", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }
}
