using System.Security.Cryptography;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Conversation;

/// <summary>Secretaries sending files. Today is Sunday 20/10/2024; the report is due Friday 25/10/2024.</summary>
public sealed class UploadTests
{
    private static byte[] Bytes(int length, byte seed = 1) => Enumerable.Range(0, length).Select(i => (byte)(i * 7 + seed)).ToArray();

    private static async Task<(BotHarness Bot, Deadline Report, string Secretary)> StartAsync()
    {
        var bot = await BotHarness.CreateAsync();
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        return (bot, report, secretary);
    }

    [Fact]
    public async Task An_upload_gets_a_receipt_and_the_stored_bytes_are_the_uploaded_bytes()
    {
        var (bot, report, secretary) = await StartAsync();
        await using var _ = bot;
        var bytes = TestFiles.WellFormed("x.docx", Bytes(3000));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var result = await bot.SendFileAsync(secretary, "Bao cao tu kiem tra.docx", bytes);

        var receipt = result.Text();
        Assert.Contains("✅ Đã nhận. Biên nhận số BN2024-00001", receipt, StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Đảng bộ Ngân hàng Nhà nước", receipt, StringComparison.Ordinal);
        Assert.Contains("Việc: Báo cáo tự kiểm tra QCDC (hạn Thứ Sáu, 25/10/2024)", receipt, StringComparison.Ordinal);
        Assert.Contains($"• Bao cao tu kiem tra.docx — {VietnameseWording.FileSize(bytes.Length)} — SHA-256 {sha[..12]}", receipt, StringComparison.Ordinal);
        Assert.Contains("Tình trạng: đúng hạn", receipt, StringComparison.Ordinal);
        Assert.Equal(report.Id, result.Last().AboutDeadlineId);

        var stored = await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, report.Id);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(sha, Assert.Single(stored.Files).Sha256);
        Assert.Equal(bytes, await bot.Get<SubmissionStore>().ReadFileAsync(sha));
    }

    [Fact]
    public async Task Received_at_23_59_local_on_the_due_day_is_on_time_and_00_01_next_day_is_one_day_late()
    {
        var (bot, _, early) = await StartAsync();
        await using var __ = bot;
        var late = await bot.RegisterSecretaryAsync("SKHDT");

        bot.SetLocalTime(2024, 10, 25, 23, 59);
        var onTime = await bot.SendFileAsync(early, "a.pdf", Bytes(100));
        bot.SetLocalTime(2024, 10, 26, 0, 1);
        var oneDay = await bot.SendFileAsync(late, "b.pdf", Bytes(100, 2));

        Assert.Contains("Tình trạng: đúng hạn", onTime.Text(), StringComparison.Ordinal);
        Assert.Contains("23:59 25/10/2024", onTime.Text(), StringComparison.Ordinal);
        Assert.Contains("Tình trạng: trễ 1 ngày", oneDay.Text(), StringComparison.Ordinal);
        Assert.Contains("00:01 26/10/2024", oneDay.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_a_new_file_again_is_version_2_and_the_receipt_says_so()
    {
        var (bot, report, secretary) = await StartAsync();
        await using var _ = bot;
        await bot.SendFileAsync(secretary, "v1.docx", Bytes(500));
        bot.Time.Advance(TimeSpan.FromHours(1));

        // Without a caption after the hand-in the bot asks first (page or new version); "3" is the new version.
        Assert.Contains("hay nộp làm bản mới", (await bot.SendFileAsync(secretary, "v2.docx", Bytes(600))).Text(), StringComparison.Ordinal);
        var second = await bot.SayAsync(secretary, "3");

        Assert.Contains("lần nộp thứ 2", second.Text(), StringComparison.Ordinal);
        Assert.Contains("BN2024-00002", second.Text(), StringComparison.Ordinal);
        var latest = await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, report.Id);
        Assert.Equal(2, latest!.Version);
        Assert.Equal("v2.docx", Assert.Single(latest.Files).OriginalName);
    }

    [Fact]
    public async Task Same_bytes_sent_twice_are_recognised_not_stored_twice()
    {
        var (bot, _, secretary) = await StartAsync();
        await using var _ = bot;
        var bytes = Bytes(800);
        await bot.SendFileAsync(secretary, "bao-cao.pdf", bytes);
        var before = await bot.SnapshotAsync();

        var again = await bot.SendFileAsync(secretary, "bao-cao (1).pdf", bytes);

        Assert.Contains("đã được nhận trước đó (biên nhận số BN2024-00001, lần nộp 1)", again.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("lần nộp thứ", again.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task The_same_bytes_from_two_units_are_two_submissions_but_one_stored_file()
    {
        var (bot, _, first) = await StartAsync();
        await using var _ = bot;
        var second = await bot.RegisterSecretaryAsync("SKHDT");
        var bytes = Bytes(800);

        await bot.SendFileAsync(first, "mau.pdf", bytes);
        var other = await bot.SendFileAsync(second, "mau.pdf", bytes);

        Assert.Contains("✅ Đã nhận", other.Text(), StringComparison.Ordinal);
        Assert.Equal(2, await bot.CountAsync("submissions"));
        Assert.Equal(1, await bot.CountAsync("stored_files"));
    }

    [Fact]
    public async Task A_caption_naming_the_deadline_files_it_there()
    {
        var (bot, report, secretary) = await StartAsync();
        await using var _ = bot;
        var plan = await bot.AssignAsync("Kế hoạch thực hiện dân chủ năm 2025 trước ngày 30/11/2024");

        var byName = await bot.SendFileAsync(secretary, "kh.docx", Bytes(10), caption: "ke hoach");
        var byId = await bot.SendFileAsync(secretary, "bc.docx", Bytes(11), caption: $"#{report.Id}");

        Assert.Contains("Việc: Kế hoạch thực hiện dân chủ năm 2025", byName.Text(), StringComparison.Ordinal);
        Assert.Equal(plan.Id, byName.Last().AboutDeadlineId);
        Assert.Equal(report.Id, byId.Last().AboutDeadlineId);
    }

    [Fact]
    public async Task A_file_sent_as_a_reply_to_a_bot_message_about_a_deadline_is_filed_there()
    {
        var (bot, _, secretary) = await StartAsync();
        await using var _ = bot;
        var plan = await bot.AssignAsync("Kế hoạch thực hiện dân chủ năm 2025 trước ngày 30/11/2024");
        var reminder = await bot.LinkMessageAsync(secretary, plan.Id);

        var result = await bot.SendFileAsync(secretary, "kh.docx", Bytes(10), replyTo: reminder);

        Assert.Contains("Việc: Kế hoạch thực hiện dân chủ năm 2025", result.Text(), StringComparison.Ordinal);
        Assert.NotNull(await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, plan.Id));
    }

    [Fact]
    public async Task An_unclear_deadline_asks_with_choices_and_typing_2_files_it_under_the_second()
    {
        var (bot, report, secretary) = await StartAsync();
        await using var _ = bot;
        var plan = await bot.AssignAsync("Kế hoạch thực hiện dân chủ năm 2025 trước ngày 30/11/2024");

        var asked = await bot.SendFileAsync(secretary, "tep.docx", Bytes(10));

        Assert.Contains("nộp cho việc nào", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(2, asked.Last().Choices.Count);
        Assert.StartsWith($"#{report.Id} {report.Title}", asked.Last().Choices[0].Label, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));

        // A typed number is the deadline's own, whatever its place in the list.
        var answered = await bot.SayAsync(secretary, plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("✅ Đã nhận", answered.Text(), StringComparison.Ordinal);
        Assert.Contains("tep.docx", answered.Text(), StringComparison.Ordinal);
        Assert.NotNull(await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, plan.Id));
    }

    [Fact]
    public async Task An_unclear_deadline_answered_by_the_button_files_it()
    {
        var (bot, report, secretary) = await StartAsync();
        await using var _ = bot;
        await bot.AssignAsync("Kế hoạch thực hiện dân chủ năm 2025 trước ngày 30/11/2024");
        var asked = await bot.SendFileAsync(secretary, "tep.docx", Bytes(10));

        var answered = await bot.PressAsync(secretary, asked.Last().Choices[0].Payload);

        Assert.Equal(report.Id, answered.Last().AboutDeadlineId);
        Assert.Equal(1, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_stale_button_is_refused_politely_and_records_nothing()
    {
        var (bot, _, secretary) = await StartAsync();
        await using var _ = bot;
        await bot.AssignAsync("Kế hoạch thực hiện dân chủ năm 2025 trước ngày 30/11/2024");
        var first = await bot.SendFileAsync(secretary, "tep1.docx", Bytes(10));
        // Another question replaces it (the file waits aside): the first question's buttons are stale.
        await bot.SayAsync(secretary, "đang làm");

        var stale = await bot.PressAsync(secretary, first.Last().Choices[0].Payload);
        var forged = await bot.PressAsync(secretary, "/chon zzzzzz 1");

        Assert.Contains("đã cũ hoặc không còn hiệu lực", stale.Text(), StringComparison.Ordinal);
        Assert.Contains("đã cũ hoặc không còn hiệu lực", forged.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_number_out_of_range_keeps_the_question_open()
    {
        var (bot, report, secretary) = await StartAsync();
        await using var _ = bot;
        var plan = await bot.AssignAsync("Kế hoạch thực hiện dân chủ năm 2025 trước ngày 30/11/2024");
        await bot.SendFileAsync(secretary, "tep.docx", Bytes(10));

        var wrong = await bot.SayAsync(secretary, "7");
        var right = await bot.SayAsync(secretary, report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains($"Xin gõ số của việc trong danh sách: {report.Id}, {plan.Id}", wrong.Text(), StringComparison.Ordinal);
        Assert.Contains("✅ Đã nhận", right.Text(), StringComparison.Ordinal);
    }
}
