using System.Text.RegularExpressions;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>Every tally view puts each unit in exactly one bucket, whatever mix of states the units are in.</summary>
public sealed partial class TallyBucketTests
{
    [Fact]
    public async Task The_buckets_of_tinhhinh_tonghop_and_the_tally_add_up_to_the_units_in_scope()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var onTime = await bot.RegisterSecretaryAsync("NHNN");
        var extendedWorking = await bot.RegisterSecretaryAsync("CTK");
        var askingWorking = await bot.RegisterSecretaryAsync("SKHDT");
        var extendedPaper = await bot.RegisterSecretaryAsync("BTCTU");
        var nothing = await bot.RegisterSecretaryAsync("XDGT");
        var refused = await bot.RegisterSecretaryAsync("SKHCN");
        var working = await bot.RegisterSecretaryAsync("BVDK");

        await bot.SendFileAsync(onTime, "a.pdf", [1]);
        await ApproveAsync(bot, extendedWorking, "/giahan 5/11/2024 chờ ký");
        await bot.SayAsync(extendedWorking, "dang lam a");
        await bot.SayAsync(askingWorking, "/giahan 6/11/2024 chờ họp");
        await bot.SayAsync(askingWorking, "đang hoàn thiện");
        await ApproveAsync(bot, extendedPaper, "/giahan 7/11/2024 chờ ký");
        await bot.SayAsync(extendedPaper, "đã gửi bản giấy");
        await bot.SayAsync(nothing, "không có nội dung phát sinh");
        var excuse = await bot.SayAsync(refused, "ko co nd phat sinh");
        await bot.SayConfirmedAsync(BotHarness.Admin, excuse.Proactive[0].Message.Choices[1].Payload);
        await bot.SayAsync(working, "đang xây dựng");

        var tally = await bot.Get<TallyService>().ForDeadlineAsync((await bot.Get<DeadlineStore>().GetAsync(deadline.Id))!);
        var progress = (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{deadline.Id}")).Text();
        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();

        Assert.Equal(74, tally.InScope);
        Assert.Equal(tally.InScope, Enum.GetValues<StandingBucket>().Sum(tally.Count));
        Assert.Equal(74, SumOfCounts(progress.Split('\n').Where(l => l.StartsWith('•'))));
        Assert.Contains("• Đúng hạn: 1 • Trễ: 0 • Được gia hạn: 1", progress, StringComparison.Ordinal);
        Assert.Contains("• Xin gia hạn, chờ duyệt: 1", progress, StringComparison.Ordinal);
        var section = digest[digest.IndexOf("Báo cáo tự kiểm tra QCDC", StringComparison.Ordinal)..];
        Assert.Equal(74, SumOfCounts(section.Split('\n').Where(l => l.StartsWith("Đúng hạn", StringComparison.Ordinal) || l.StartsWith("Chưa nộp:", StringComparison.Ordinal) || l.StartsWith("Được miễn", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task The_tonghop_lines_add_up_to_the_units_in_scope_with_late_paper_excused_extended_and_pending_units()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề dân vận trước ngày 25/10/2024");
        var onTime = await bot.RegisterSecretaryAsync("NHNN");
        var extendedThenSent = await bot.RegisterSecretaryAsync("CTK");
        var extendedOwing = await bot.RegisterSecretaryAsync("SKHDT");
        var asking = await bot.RegisterSecretaryAsync("BTCTU");
        var excused = await bot.RegisterSecretaryAsync("XDGT");
        var excusePending = await bot.RegisterSecretaryAsync("SKHCN");
        var late = await bot.RegisterSecretaryAsync("BVDK");
        var paperSaid = await bot.RegisterSecretaryAsync("KBNN");
        var working = await bot.RegisterSecretaryAsync("LHHKHKT");

        await bot.SendFileAsync(onTime, "a.pdf", [1]);
        await ApproveAsync(bot, extendedThenSent, "/giahan 5/11/2024 chờ ký");
        await ApproveAsync(bot, extendedOwing, "xin lùi hạn 1 tuần");
        await bot.SayAsync(asking, "cho em thêm 3 ngày");
        var excuse = await bot.SayAsync(excused, "không có nội dung phát sinh");
        await bot.SayConfirmedAsync(BotHarness.Admin, excuse.Proactive[0].Message.Choices[0].Payload);
        await bot.SayAsync(excusePending, "ko co nd phat sinh");
        await bot.SayAsync(paperSaid, "đã gửi bản giấy");
        await bot.SayAsync(working, "đang làm");
        bot.SetLocalTime(2024, 10, 28, 9, 0);
        await bot.SendFileAsync(late, "b.pdf", [2]);
        await bot.SendFileAsync(extendedThenSent, "c.pdf", [3]);
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan SYT #{deadline.Id} bản giấy, văn thư nhận ngày 24/10");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan STC #{deadline.Id} bản giấy");

        var digest = (await bot.SayAsync(BotHarness.Admin, "/tonghop")).Text();

        var section = digest[digest.IndexOf("Báo cáo chuyên đề dân vận", StringComparison.Ordinal)..];
        var lines = section.Split('\n').TakeWhile(l => l.Length > 0).Where(l =>
            l.StartsWith("Đúng hạn", StringComparison.Ordinal) || l.StartsWith("Chưa nộp:", StringComparison.Ordinal) || l.StartsWith("Được miễn", StringComparison.Ordinal)).ToList();
        Assert.True(SumOfCounts(lines) == 74, section);
        Assert.True(section.Contains("Đúng hạn 3 · trễ 2", StringComparison.Ordinal), section);
        Assert.True(section.Contains("Được miễn (không có nội dung phát sinh): 1", StringComparison.Ordinal), section);
    }

    private static async Task ApproveAsync(BotHarness bot, string secretary, string request)
    {
        var asked = await bot.SayAsync(secretary, request);
        await bot.PressAsync(BotHarness.Admin, asked.Proactive[0].Message.Choices[0].Payload);
    }

    /// <summary>The counts on tally lines: every number not part of a date, a percentage or a fraction.</summary>
    private static int SumOfCounts(IEnumerable<string> lines) =>
        lines.Sum(line => Count().Matches(line).Sum(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"(?<![\d/.#])\d+(?![\d/%.])")]
    private static partial Regex Count();
}
