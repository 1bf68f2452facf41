using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>A file waiting for "which deadline?" is never dropped because the secretary did something else first.</summary>
public sealed class WaitingFilesTests
{
    [Fact]
    public async Task A_photo_waiting_for_its_deadline_is_kept_through_a_giahan_question_and_asked_again_after_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("LHHKHKT");
        await bot.SendFileAsync(secretary, "trang1.jpg", [1, 2, 3]);

        var extension = await bot.SayAsync(secretary, "/giahan 5/12/2024 chờ họp chi bộ");
        var afterChoice = await bot.SayAsync(secretary, Option(extension, report.Title));
        var filed = await bot.SayAsync(secretary, Option(afterChoice, plan.Title));

        Assert.Contains("ảnh \"trang1.jpg\" gửi lúc trước vẫn được giữ", extension.Text(), StringComparison.Ordinal);
        Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(report.Id));
        Assert.Contains("ảnh \"trang1.jpg\" gửi lúc trước vẫn đang chờ", afterChoice.Text(), StringComparison.Ordinal);
        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
        var unit = await bot.UnitAsync("LHHKHKT");
        Assert.Equal("trang1.jpg", Assert.Single((await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files).OriginalName);
    }

    /// <summary>The number to type for the choice that names this deadline (its own number).</summary>
    private static string Option(TurnResult result, string title) =>
        result.Replies.Last(r => r.Choices.Count > 0).Choices.First(c => c.Label.Contains(title, StringComparison.Ordinal)).Number!.Value
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(1, "tệp \"bc.pdf\" gửi lúc trước vẫn đang chờ", "Không nộp tệp này")]
    [InlineData(2, "2 tệp \"bc.pdf\", \"pl.pdf\" gửi lúc trước vẫn đang chờ", "Không nộp các tệp này")]
    public async Task A_file_waiting_for_its_deadline_is_asked_about_again_after_another_command(int files, string waiting, string none)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("LHHKHKT");
        await bot.SendFileAsync(secretary, "bc.pdf", [4, 5]);
        if (files == 2)
        {
            await bot.SendFileAsync(secretary, "pl.pdf", [6, 7]);
        }

        var reply = await bot.SayAsync(secretary, "/viec");

        Assert.Contains("Việc của", reply.Text(), StringComparison.Ordinal);
        Assert.Contains(waiting, reply.Text(), StringComparison.Ordinal);
        // One file is "tệp này", as the question's "Tệp này nộp cho việc nào?" says it.
        Assert.Equal(none, reply.Last().Choices[^1].Label);
    }

    [Theory]
    [InlineData("Document1.docx", "tệp \"Document1.docx\"")]
    [InlineData("IMG_2031.jpg", "ảnh \"IMG_2031.jpg\"")]
    public async Task The_which_deadline_question_names_the_file_it_is_about(string name, string named)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var asked = await bot.SendFileAsync(secretary, name, [7, 8, 9]);
        var again = await bot.SayAsync(secretary, "/trogiup");

        Assert.Contains($"Đã nhận {named}, chưa nộp.", asked.Text(), StringComparison.Ordinal);
        Assert.Contains($"{named} gửi lúc trước vẫn đang chờ", again.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_sent_while_the_question_is_open_join_it_and_are_filed_once_in_the_order_sent()
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var first = await bot.SendFileAsync(secretary, "bia.docx", [1]);
        var second = await bot.SendFileAsync(secretary, "trang-2.jpg", [2]);
        var third = await bot.SendFileAsync(secretary, "trang-3.jpg", [3]);
        var filed = await bot.SayAsync(secretary, Option(first, plan.Title));

        Assert.Contains("đang chờ tệp \"bia.docx\" và ảnh \"trang-2.jpg\"", second.Text(), StringComparison.Ordinal);
        Assert.Contains("đang chờ tệp \"bia.docx\" và 2 ảnh \"trang-2.jpg\", \"trang-3.jpg\"", third.Text(), StringComparison.Ordinal);
        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("vẫn đang chờ", filed.Text(), StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("submissions"));
        var unit = await bot.UnitAsync("NHNN");
        var files = (await bot.Get<SubmissionStore>().LatestAsync(unit.Id, plan.Id))!.Files;
        Assert.Equal(["bia.docx", "trang-2.jpg", "trang-3.jpg"], files.Select(f => f.OriginalName));
    }

    [Fact]
    public async Task A_file_naming_its_own_deadline_while_the_question_is_open_is_filed_there_and_the_others_still_wait()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        await bot.SendFileAsync(secretary, "trang-1.jpg", [1]);
        var own = await bot.SendFileAsync(secretary, "bao-cao.pdf", [2], $"#{report.Id}");

        Assert.Contains("Biên nhận", own.Text(), StringComparison.Ordinal);
        Assert.Contains("ảnh \"trang-1.jpg\" gửi lúc trước vẫn đang chờ", own.Text(), StringComparison.Ordinal);
    }
}
