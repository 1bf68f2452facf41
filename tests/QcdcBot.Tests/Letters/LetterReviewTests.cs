using System.Text;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Hosting;
using QcdcBot.Bot.Letters;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>What the fresh-eyes round found in /congvan: past due dates, pasted letters, titles without diacritics.</summary>
public sealed class LetterReviewTests
{
    // Sunday 29/11/2026: Công văn 1720-CV/ĐUK (22/5/2024) is read two years late, both its due dates long past.
    private static readonly DateTimeOffset TwoYearsLate = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Past_due_items_are_marked_in_the_proposal_and_creating_them_asks_first()
    {
        await using var bot = await BotHarness.CreateAsync(TwoYearsLate);

        var proposal = await bot.SendFileAsync(BotHarness.Admin, "1720.txt", LetterFiles.SeedBytes(LetterFiles.Letter1720), "/congvan");
        var asked = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("Hạn: Thứ Sáu, 25/10/2024 — ⏰ ĐÃ QUA\n", proposal.Text(), StringComparison.Ordinal);
        Assert.Contains("⏰ Hạn đã qua (hôm nay 29/11/2026): mục 1 (25/10/2024), mục 2 (1/9/2024).", proposal.Text(), StringComparison.Ordinal);
        Assert.Contains("Hạn đã qua (hôm nay 29/11/2026): mục 1 (25/10/2024), mục 2 (1/9/2024)", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("sửa 1 trước <ngày>", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(["Vẫn tạo, với hạn đã qua", "Không, chưa tạo (để sửa hạn)"], asked.Last().Choices.Select(c => c.Label));
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));

        var held = await bot.PressAsync(BotHarness.Admin, asked.Last().Choices[1].Payload);
        Assert.Contains("Chưa tạo việc nào; đề xuất vẫn chờ", held.Text(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));

        var again = await bot.SayAsync(BotHarness.Admin, "tao 1,2");
        var created = await bot.PressAsync(BotHarness.Admin, again.Last().Choices[0].Payload);
        Assert.Contains("Đã giao 2 việc theo Công văn số 1720-CV/ĐUK", created.Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync(true)).Count);
    }

    [Fact]
    public async Task An_edited_date_is_created_at_once_and_only_the_items_still_ahead_can_be_chosen()
    {
        await using var bot = await BotHarness.CreateAsync(TwoYearsLate);
        await bot.SendFileAsync(BotHarness.Admin, "1720.txt", LetterFiles.SeedBytes(LetterFiles.Letter1720), "/congvan");

        var edited = await bot.SayAsync(BotHarness.Admin, "sửa 2 trước 15/12/2026");
        Assert.DoesNotContain("ĐÃ QUA", edited.Text(), StringComparison.Ordinal);
        var asked = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        Assert.Equal(["Tạo cả mục 1 (25/10/2024) với hạn đã qua", "Không, chưa tạo (để sửa hạn)", "Chỉ tạo mục 2 (còn hạn)"], asked.Last().Choices.Select(c => c.Label));

        // Item 2's title names 2024, its new date 2026: asked as /giao asks, then created.
        var titleYear = await bot.PressAsync(BotHarness.Admin, asked.Last().Choices[2].Payload);
        Assert.Contains("mục 2 (tên việc ghi năm 2024, hạn", titleYear.Text(), StringComparison.Ordinal);
        var created = await bot.PressAsync(BotHarness.Admin, titleYear.Last().Choices[0].Payload);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true));
        Assert.Equal(new DateOnly(2026, 12, 15), deadline.DueDate);
        Assert.Contains("Còn chờ: mục 1.", created.Text(), StringComparison.Ordinal);
        var direct = await bot.SayAsync(BotHarness.Admin, "tạo 1 dù hạn đã qua");
        Assert.Contains("Đã giao 1 việc", direct.Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync(true)).Count);
    }

    [Fact]
    public async Task The_command_line_refuses_past_due_items_unless_allowed_and_says_which()
    {
        await using var bot = await BotHarness.CreateAsync(TwoYearsLate);
        var file = Path.Combine(bot.Folder, "1720.txt");
        await File.WriteAllBytesAsync(file, LetterFiles.SeedBytes(LetterFiles.Letter1720));
        void Clock(Microsoft.Extensions.Hosting.IHostApplicationBuilder b) => b.Services.AddSingleton<TimeProvider>(bot.Time);

        var refused = new StringWriter();
        var refusedCode = await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], refused, Clock);
        Assert.Equal(1, refusedCode);
        Assert.Contains("--create không tạo các mục này", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("Không tạo mục 1 (25/10/2024), mục 2 (1/9/2024): hạn đã qua. Thêm --allow-past", refused.ToString(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));

        var allowed = new StringWriter();
        var allowedCode = await CommandLineTools.RunAsync(["congvan", file, "--create", "--allow-past", "--Storage:Path", bot.DatabasePath], allowed, Clock);
        Assert.True(allowedCode == 0, allowed.ToString());
        Assert.Contains("Đã giao 2 việc", allowed.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NormalizationForm.FormC)]
    [InlineData(NormalizationForm.FormD)]
    public async Task A_letter_pasted_into_a_chat_that_lost_its_line_breaks_still_has_its_number_and_date(NormalizationForm form)
    {
        await using var bot = await SeedProposalTests.OnLetterDateAsync(LetterFiles.Letter1720);
        // A chat box turns line breaks and tabs into spaces.
        var pasted = string.Join(' ', Pastable(LetterFiles.Letter1720).Split(['\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)).Normalize(form);

        var result = await bot.SayAsync(BotHarness.Admin, "/congvan " + pasted);

        Assert.StartsWith("Công văn số 1720-CV/ĐUK, ngày 22/5/2024\nTìm thấy 1 hạn nộp:\n1. Báo cáo tự kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm 2024\n", result.Text(), StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "tạo 1");
        Assert.Equal("Công văn số 1720-CV/ĐUK", Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).LetterReference);
    }

    [Theory]
    [InlineData(NormalizationForm.FormC)]
    [InlineData(NormalizationForm.FormD)]
    public async Task A_letter_pasted_with_its_lines_after_the_command_alone_reads_like_the_file(NormalizationForm form)
    {
        await using var bot = await SeedProposalTests.OnLetterDateAsync(LetterFiles.Plan2024);
        await bot.SayAsync(BotHarness.Admin, "/congvan");
        var pasted = Pastable(LetterFiles.Plan2024).Normalize(form);
        Assert.InRange(pasted.Normalize().Length, 2001, 4096);

        var result = await bot.SayAsync(BotHarness.Admin, pasted);

        Assert.StartsWith("Kế hoạch (không thấy số văn bản), ngày 25/3/2024\nTìm thấy 1 hạn nộp:", result.Text(), StringComparison.Ordinal);
    }

    /// <summary>
    /// What fits in one chat message (Telegram takes 4,096 characters): the seed letter's header, then its lines up
    /// to the first with a deadline, a long paragraph shortened to its last sentence (or left out when that is long too).
    /// </summary>
    private static string Pastable(string seed)
    {
        var lines = LetterFiles.Seed(seed).Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var deadline = Array.FindIndex(lines, l => l.Normalize().Contains("trước ngày", StringComparison.Ordinal));
        var kept = lines.Take(20).Concat(lines.Skip(20).Take(deadline - 20).Select(LastSentence).OfType<string>()).Append(lines[deadline]);
        return string.Join('\n', kept);

        static string? LastSentence(string line)
        {
            var text = line.TrimEnd();
            if (text.Length < 150)
            {
                return line;
            }

            var end = text.LastIndexOf(". ", text.Length - 2, StringComparison.Ordinal);
            var last = end >= 0 ? text[(end + 2)..] : string.Empty;
            return last.Length is > 0 and < 150 ? last : null;
        }
    }

    [Fact]
    public async Task A_plan_pasted_on_one_line_without_diacritics_keeps_its_kind_and_date()
    {
        await using var bot = await SeedProposalTests.OnLetterDateAsync(LetterFiles.Plan2024);
        var pasted = string.Join(' ', WithoutDiacritics(Pastable(LetterFiles.Plan2024)).Split(['\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

        var result = await bot.SayAsync(BotHarness.Admin, "/congvan " + pasted);

        Assert.StartsWith("Kế hoạch (không thấy số văn bản), ngày 25/3/2024\nTìm thấy 1 hạn nộp:\n1. Ke hoach thuc hien QCDC o co so nam 2024", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_document_named_in_the_text_is_not_taken_for_the_pasted_letters_number()
    {
        var header = LetterHeaderReader.Read("Thực hiện Kế hoạch số 171-KH/BDVTU, ngày 25/3/2024 của Ban Chỉ đạo, tổ chức tại Hà Nội, ngày 5 tháng 3 năm 2024, các chi bộ gửi báo cáo trước ngày 10/6/2024.");

        Assert.Equal("Văn bản (không thấy số văn bản), không đọc được ngày văn bản", header.Describe());
    }

    [Theory]
    [InlineData(LetterFiles.Letter1720, 0, "Báo cáo tự kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm 2024")]
    [InlineData(LetterFiles.Letter1720, 1, "Báo cáo tự kiểm tra thực hiện dân chủ ở cơ sở năm 2024")]
    [InlineData(LetterFiles.Plan2024, 0, "Kế hoạch thực hiện QCDC ở cơ sở năm 2024")]
    public async Task A_letter_without_diacritics_gets_the_same_title_cuts_as_with_them(string seed, int item, string accented)
    {
        await using var bot = await SeedProposalTests.OnLetterDateAsync(seed);
        var plain = WithoutDiacritics(LetterFiles.Seed(seed));
        var draft = await ProposalHarness.ProposeAsync(bot, "khongdau.txt", Encoding.UTF8.GetBytes(plain));

        Assert.Equal(QcdcBot.Storage.Text.VietnameseFold.Fold(accented), QcdcBot.Storage.Text.VietnameseFold.Fold(draft.Items[item].Title));
    }

    private static string WithoutDiacritics(string text) =>
        new string([.. text.Normalize(NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)])
            .Replace('đ', 'd').Replace('Đ', 'D');

    [Theory]
    [InlineData("Cac don vi xay dung bao cao tu kiem tra gui ve Ban Tuyen giao truoc ngay 25/10/2024.", "Bao cao tu kiem tra")]
    [InlineData("Cac chi bo nop bao cao chuyen de tong ket de an truoc ngay 25/10/2024.", "Bao cao chuyen de tong ket de an")]
    [InlineData("Cac chi bo gui bao cao ket qua thuc hien qua Van phong truoc ngay 25/10/2024.", "Bao cao ket qua thuc hien")]
    [InlineData("Các chi bộ gửi báo cáo kết quả chuyên đề để tổng hợp trước ngày 25/10/2024.", "Báo cáo kết quả chuyên đề")]
    [InlineData("Cac chi bo gui bao cao so ket de tong hop truoc ngay 25/10/2024.", "Bao cao so ket")]
    public void A_title_stops_where_the_sentence_says_where_or_why_with_or_without_diacritics(string sentence, string title)
    {
        var at = sentence.IndexOf("trước", StringComparison.Ordinal) is var accented and >= 0 ? accented : sentence.IndexOf("truoc", StringComparison.Ordinal);

        Assert.Equal(title, DeadlineTitle.From(sentence[..at], null));
    }
}
