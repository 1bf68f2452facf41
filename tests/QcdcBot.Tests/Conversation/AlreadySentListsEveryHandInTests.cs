namespace QcdcBot.Tests.Conversation;

/// <summary>"em gửi rồi" with many deadlines open lists every one handed in (the latest too); only the owed ones are cut and counted.</summary>
public sealed class AlreadySentListsEveryHandInTests
{
    [Theory]
    [InlineData("e gui r nhe")]
    [InlineData("đơn vị đã nộp rồi mà")]
    public async Task Every_handed_in_deadline_is_listed_and_the_rest_counted_are_the_owed_ones(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var all = new List<QcdcBot.Storage.Deadlines.Deadline>();
        string[] titles = ["Kế hoạch tuyên truyền", "Báo cáo đối thoại", "Danh sách tiếp dân", "Biên bản giám sát", "Nghị quyết hội nghị", "Thông báo công khai",
            "Tổng kết dân vận", "Đăng ký thi đua", "Kết quả kiểm tra", "Đề án chuyển đổi số", "Tờ trình cải cách", "Chương trình phòng chống tham nhũng"];
        int[] days = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17];
        for (var i = 0; i < titles.Length; i++)
        {
            all.Add(await bot.AssignAsync($"{titles[i]} trước ngày {days[i]}/12/2024 cho NHNN, CTK"));
        }

        // The two handed in last are the last two by due date too: the end of the question order.
        foreach (var d in all[^2..])
        {
            await bot.SendFileAsync(secretary, $"bc {d.Id}.pdf", [1, 2, (byte)d.Id], $"#{d.Id}");
        }

        var reply = (await bot.SayAsync(secretary, said)).Text();

        Assert.Contains($"#{all[^1].Id} \"{all[^1].Title}\": đã nộp", reply, StringComparison.Ordinal);
        Assert.Contains($"#{all[^2].Id} \"{all[^2].Title}\": đã nộp", reply, StringComparison.Ordinal);
        Assert.Contains("Còn 2 việc khác", reply, StringComparison.Ordinal);
        Assert.Contains($"ví dụ #{all[8].Id}", reply, StringComparison.Ordinal);
    }
}
