using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The number that chose a handed-in deadline for a stray photo is not taken again at once by "thêm vào bài nộp trước
/// hay nộp làm bản mới?", where it would replace the report on file: it is asked about once, and the report stays.
/// </summary>
public sealed class DoubleTapTests
{
    [Theory]
    [InlineData("2", "2")]
    [InlineData("#2", "2")]
    [InlineData("so 2", "2.")]
    public async Task The_number_that_chose_a_handed_in_deadline_typed_again_does_not_replace_its_report(string chose, string again)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 2, 9, 0);
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm 2026 trước ngày 18/12/2026");
        await bot.AssignAsync("Báo cáo tổng kết năm 2026 trước ngày 29/12/2026");
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var unit = await bot.UnitAsync("NHNN");
        var summary = (await bot.Get<DeadlineStore>().ListAsync()).Single(d => d.Title.StartsWith("Báo cáo tổng kết", StringComparison.Ordinal));
        Assert.Equal(2, summary.Id);
        await bot.SendFileAsync(secretary, "tong-ket.docx", [1, 2, 3], "#2");
        bot.SetLocalTime(2026, 12, 5, 9, 0);

        var which = (await bot.SendFileAsync(secretary, "IMG_20261205_0900.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 4])).Text();
        var replace = (await bot.SayAsync(secretary, chose)).Text();
        var repeated = (await bot.SayAsync(secretary, again)).Text();

        Assert.Contains("nộp cho việc nào", which, StringComparison.Ordinal);
        Assert.Contains("hay nộp làm bản mới", replace, StringComparison.Ordinal);
        Assert.Contains("Số 2 vừa trả lời câu hỏi trước", repeated, StringComparison.Ordinal);
        Assert.Contains("số 2 là \"Nộp làm bản mới, thay bài nộp trước\"", repeated, StringComparison.Ordinal);
        Assert.DoesNotContain("Biên nhận", repeated, StringComparison.Ordinal);
        Assert.Equal(["tong-ket.docx"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, 2))!.Files.Select(f => f.OriginalName));

        // Typed again after being told what it does, the number is the choice.
        var meant = (await bot.SayAsync(secretary, "2")).Text();
        Assert.Contains("Biên nhận", meant, StringComparison.Ordinal);
        Assert.Equal(["IMG_20261205_0900.jpg"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, 2))!.Files.Select(f => f.OriginalName));
    }
}
