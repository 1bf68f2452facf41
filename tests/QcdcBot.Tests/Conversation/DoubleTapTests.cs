using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The number that chose a handed-in deadline for a stray photo is not taken again at once by "thêm vào bài nộp trước
/// hay nộp làm bản mới?", where it would replace the report on file: within the double-tap window it is asked about
/// once, and the report stays; typed later, it is read as the answer it is.
/// </summary>
public sealed class DoubleTapTests
{
    [Theory]
    [InlineData("3", "3")]
    [InlineData("#3", "3")]
    [InlineData("so 3", "3.")]
    public async Task The_number_that_chose_a_handed_in_deadline_typed_again_does_not_replace_its_report(string chose, string again)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (secretary, unit, which) = await AskedWhichAsync(bot);
        var replace = (await bot.SayAsync(secretary, chose)).Text();
        var repeated = (await bot.SayAsync(secretary, again)).Text();

        Assert.Contains("nộp cho việc nào", which, StringComparison.Ordinal);
        Assert.Contains("hay nộp làm bản mới", replace, StringComparison.Ordinal);
        Assert.Contains("Số 3 vừa trả lời câu hỏi trước", repeated, StringComparison.Ordinal);
        Assert.Contains("số 3 là \"Nộp làm bản mới, thay bài nộp trước\"", repeated, StringComparison.Ordinal);
        Assert.DoesNotContain("Biên nhận", repeated, StringComparison.Ordinal);
        Assert.Equal(["tong-ket.docx"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, 3))!.Files.Select(f => f.OriginalName));

        // Typed again after being told what it does, the number is the choice.
        var meant = (await bot.SayAsync(secretary, "3")).Text();
        Assert.Contains("Biên nhận", meant, StringComparison.Ordinal);
        Assert.Equal(["IMG_20261205_0900.jpg"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, 3))!.Files.Select(f => f.OriginalName));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(120, false)]
    public async Task The_same_number_again_is_asked_about_within_the_double_tap_window_and_answers_after_it(int seconds, bool asked)
    {
        await using var bot = await BotHarness.CreateAsync();
        var (secretary, unit, _) = await AskedWhichAsync(bot);
        await bot.SayAsync(secretary, "3");
        bot.Time.Advance(TimeSpan.FromSeconds(seconds));

        var repeated = (await bot.SayAsync(secretary, "3")).Text();

        Assert.Equal(asked, repeated.Contains("Số 3 vừa trả lời câu hỏi trước", StringComparison.Ordinal));
        Assert.Equal(!asked, repeated.Contains("Biên nhận", StringComparison.Ordinal));
        Assert.Equal([asked ? "tong-ket.docx" : "IMG_20261205_0900.jpg"], (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, 3))!.Files.Select(f => f.OriginalName));
    }

    /// <summary>Deadline #3 handed in, then a stray photo: "nộp cho việc nào?" is open (the reply returned).</summary>
    private static async Task<(string Secretary, QcdcBot.Storage.Units.Unit Unit, string Which)> AskedWhichAsync(BotHarness bot)
    {
        bot.SetLocalTime(2026, 12, 2, 9, 0);
        await bot.AssignAsync("Báo cáo sơ kết 6 tháng đầu năm 2026 trước ngày 18/12/2026");
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2027 trước ngày 24/12/2026");
        await bot.AssignAsync("Báo cáo tổng kết năm 2026 trước ngày 29/12/2026");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var unit = await bot.UnitAsync("NHNN");
        var summary = (await bot.Get<DeadlineStore>().ListAsync()).Single(d => d.Title.StartsWith("Báo cáo tổng kết", StringComparison.Ordinal));
        Assert.Equal(3, summary.Id);
        await bot.SendFileAsync(secretary, "tong-ket.docx", [1, 2, 3], "#3");
        bot.SetLocalTime(2026, 12, 5, 9, 0);
        return (secretary, unit, (await bot.SendFileAsync(secretary, "IMG_20261205_0900.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 4])).Text());
    }
}
