using System.Text;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Letters.Reading;
using QcdcBot.Bot.Reminders;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Letters;
using QcdcBot.Tests.Conversation;
using QcdcBot.Tests.Exports;
using UglyToad.PdfPig.Writer;

namespace QcdcBot.Tests.Letters;

/// <summary>/congvan in the conversation, on the day Công văn 1720-CV/ĐUK is dated (Wednesday 22/5/2024).</summary>
public sealed class LetterFlowTests
{
    private const string Reference = "Công văn số 1720-CV/ĐUK";

    [Fact]
    public async Task A_docx_with_the_caption_is_proposed_and_nothing_is_created_until_the_answer()
    {
        await using var bot = await CreateAsync();
        var before = await bot.SnapshotAsync();

        var result = await bot.SendFileAsync(BotHarness.Admin, "1720-CV.docx", Letter1720Docx(), "/congvan");

        var text = result.Text();
        Assert.Contains("Công văn số 1720-CV/ĐUK, ngày 22/5/2024", text, StringComparison.Ordinal);
        Assert.Contains("1. Báo cáo tự kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm 2024\n   Hạn: Thứ Sáu, 25/10/2024\n   Đơn vị: 74 chi, đảng bộ cơ sở", text, StringComparison.Ordinal);
        Assert.Contains("2. Báo cáo tự kiểm tra thực hiện dân chủ ở cơ sở năm 2024\n   Hạn: Chủ nhật, 1/9/2024", text, StringComparison.Ordinal);
        Assert.Contains("Đảng bộ Ban Quản lý các khu công nghiệp tỉnh Yên Bái (BQLKCN), Chi bộ Cục Thống kê tỉnh Yên Bái (CTK), Đảng bộ Trường Cao đẳng Yên Bái (CDYB)", text, StringComparison.Ordinal);
        Assert.Contains("Câu gốc: \"…", text, StringComparison.Ordinal);
        Assert.Contains("⚠️ 1/9/2024 là ngày nghỉ (Quốc khánh)", text, StringComparison.Ordinal);
        Assert.Contains("Chưa tạo việc nào", text, StringComparison.Ordinal);
        var after = await bot.SnapshotAsync();
        Assert.Equal((before.Deadlines, before.Submissions, before.Audit), (after.Deadlines, after.Submissions, after.Audit));
        Assert.Equal(0, await bot.CountAsync("letters"));
    }

    [Fact]
    public async Task Edits_change_the_proposal_and_creation_stores_the_deadlines_with_their_letter()
    {
        await using var bot = await CreateAsync();
        await bot.SendFileAsync(BotHarness.Admin, "1720-CV.docx", Letter1720Docx(), "/congvan");

        var date = await bot.SayAsync(BotHarness.Admin, "sửa 2 trước 30/10/2024");
        var title = await bot.SayAsync(BotHarness.Admin, "sua 1 ten Báo cáo tự kiểm tra QCDC năm 2024");
        var units = await bot.SayAsync(BotHarness.Admin, "sửa 2 cho NHNN, SYT");
        Assert.Equal(0, await bot.CountAsync("deadlines"));
        var created = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("Đã sửa mục 2:\n2. Báo cáo tự kiểm tra thực hiện dân chủ ở cơ sở năm 2024\n   Hạn: Thứ Tư, 30/10/2024", date.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("ngày nghỉ", date.Text(), StringComparison.Ordinal);
        Assert.Contains("1. Báo cáo tự kiểm tra QCDC năm 2024", title.Text(), StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Đảng bộ Ngân hàng Nhà nước (NHNN), Đảng bộ Sở Y tế (SYT)", units.Text(), StringComparison.Ordinal);
        Assert.Contains($"Đã giao 2 việc theo {Reference}:", created.Text(), StringComparison.Ordinal);

        var deadlines = await bot.Get<DeadlineStore>().ListAsync();
        Assert.Equal(2, deadlines.Count);
        var first = deadlines.Single(d => d.Title == "Báo cáo tự kiểm tra QCDC năm 2024");
        var second = deadlines.Single(d => d.DueDate == new DateOnly(2024, 10, 30));
        Assert.Equal((new DateOnly(2024, 10, 25), DeadlineScope.Grassroots), (first.DueDate, first.Scope));
        Assert.Equal(DeadlineScope.Units, second.Scope);
        Assert.Equal([(await bot.UnitAsync("NHNN")).Id, (await bot.UnitAsync("SYT")).Id], second.UnitIds.Order());
        Assert.All(deadlines, d => Assert.Equal(Reference, d.LetterReference));
        var letter = (await bot.Get<LetterStore>().GetAsync(first.LetterId!.Value))!;
        Assert.Equal(("1720-CV/ĐUK", "Công văn", new DateOnly(2024, 5, 22), "1720-CV.docx"), (letter.Number, letter.Kind, letter.LetterDate, letter.FileName));
        Assert.Equal(Letter1720Docx().Length, (await bot.Get<QcdcBot.Storage.Submissions.SubmissionStore>().ReadFileAsync(letter.FileSha256!))!.Length);
        var audit = await bot.Get<AuditStore>().RecentAsync(3);
        Assert.Equal(["deadline.create", "deadline.create", "letter.add"], audit.Select(a => a.Action).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task Creating_some_items_creates_only_those_and_keeps_the_rest_proposed()
    {
        await using var bot = await CreateAsync();
        await bot.SendFileAsync(BotHarness.Admin, "cv.txt", LetterFiles.SeedBytes(LetterFiles.Letter1720), "/congvan");

        var result = await bot.SayAsync(BotHarness.Admin, "tạo 2");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(new DateOnly(2024, 9, 1), deadline.DueDate);
        Assert.Equal(deadline.Id, result.Last().AboutDeadlineId);
        Assert.Contains("Còn chờ: mục 1.", result.Text(), StringComparison.Ordinal);

        var edited = await bot.SayAsync(BotHarness.Admin, "sửa 1 trước 30/10/2024");
        Assert.Contains("Đã sửa mục 1", edited.Text(), StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "tạo 1");
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync()).Count);
        Assert.Contains(await bot.Get<DeadlineStore>().ListAsync(), d => d.DueDate == new DateOnly(2024, 10, 30));

        var again = await bot.SayAsync(BotHarness.Admin, "tạo 1");
        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync()).Count);
        Assert.StartsWith("Đã tạo từ trước: mục 1 → đã tạo việc #", again.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_then_the_file_and_pasted_text_are_proposed_like_a_captioned_file()
    {
        await using var bot = await CreateAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, "/congvan");
        var fromFile = await bot.SendFileAsync(BotHarness.Admin, "kehoach.pdf", LetterFiles.Pdf(LetterFiles.Seed(LetterFiles.Plan2024)));
        var pasted = await bot.SayAsync(BotHarness.Admin, "/congvan\n" + LetterFiles.Seed(LetterFiles.Letter1720));

        Assert.Contains("Xin gửi tệp công văn", asked.Text(), StringComparison.Ordinal);
        Assert.Contains("1. Kế hoạch thực hiện QCDC ở cơ sở năm 2024\n   Hạn: Thứ Tư, 10/4/2024", fromFile.Text(), StringComparison.Ordinal);
        Assert.Contains("⚠️ văn bản ghi 10/4/2023, sớm hơn ngày văn bản 25/3/2024: đề xuất 10/4/2024", fromFile.Text(), StringComparison.Ordinal);
        Assert.Contains("Công văn số 1720-CV/ĐUK, ngày 22/5/2024\nTìm thấy 2 hạn nộp:", pasted.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_file_after_the_command_and_another_message_is_an_ordinary_upload_again()
    {
        await using var bot = await CreateAsync();
        await bot.SayAsync(BotHarness.Admin, "/congvan");
        await bot.SayAsync(BotHarness.Admin, "/hanchot");

        var result = await bot.SendFileAsync(BotHarness.Admin, "cv.txt", LetterFiles.SeedBytes(LetterFiles.Letter1720));

        Assert.DoesNotContain("hạn nộp", result.Text(), StringComparison.Ordinal);
        Assert.Contains("/ghinhan", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secretary_sending_a_file_with_the_command_is_told_it_is_for_the_office_and_nothing_is_stored()
    {
        await using var bot = await CreateAsync();
        await bot.AssignAsync("Báo cáo A trước 30/6/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var before = await bot.SnapshotAsync();

        var result = await bot.SendFileAsync(secretary, "1720-CV.docx", Letter1720Docx(), "/congvan");

        Assert.Contains("Lệnh /congvan là để Ban Tuyên giáo đưa công văn vào bot", result.Text(), StringComparison.Ordinal);
        Assert.Contains("chưa được ghi nhận là bài nộp", result.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task Empty_unreadable_and_scanned_files_get_a_clear_answer_and_nothing_is_stored()
    {
        await using var bot = await CreateAsync();
        var before = await bot.SnapshotAsync();

        var empty = await bot.SendFileAsync(BotHarness.Admin, "cv.docx", [], "/congvan", declaredSize: 10);
        var broken = await bot.SendFileAsync(BotHarness.Admin, "cv.docx", Encoding.UTF8.GetBytes("không phải docx"), "/congvan");
        var scan = await bot.SendFileAsync(BotHarness.Admin, "scan.pdf", ScannedPdf(), "/congvan");
        var image = await bot.SendFileAsync(BotHarness.Admin, "anh.jpg", [1, 2, 3], "/congvan");
        var brokenPdf = await bot.SendFileAsync(BotHarness.Admin, "cv.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\ngarbage"), "/congvan");

        Assert.Contains("rỗng", empty.Text(), StringComparison.Ordinal);
        Assert.Contains("Không mở được tệp .docx", broken.Text(), StringComparison.Ordinal);
        Assert.Contains(PdfLetterReader.NoTextLayer, scan.Text(), StringComparison.Ordinal);
        Assert.Contains(".docx, .pdf (có lớp chữ) hoặc .txt", image.Text(), StringComparison.Ordinal);
        Assert.Contains("Không mở được tệp PDF này", brokenPdf.Text(), StringComparison.Ordinal);
        Assert.All([empty, broken, scan, image, brokenPdf], r => Assert.Contains("Chưa tạo việc nào", r.Text(), StringComparison.Ordinal));
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task A_created_deadline_shows_its_letter_in_lists_tallies_digest_export_and_reminders()
    {
        await using var bot = await CreateAsync();
        await bot.SendFileAsync(BotHarness.Admin, "cv.txt", LetterFiles.SeedBytes(LetterFiles.Letter1720), "/congvan");
        await bot.SayAsync(BotHarness.Admin, "tạo 1");
        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());

        var list = await bot.SayAsync(BotHarness.Admin, "/hanchot");
        var tally = await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{deadline.Id}");
        var digest = await bot.SayAsync(BotHarness.Admin, "/tonghop");
        var export = await bot.SayAsync(BotHarness.Admin, "/xuat");

        Assert.Contains($"Báo cáo tự kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm 2024 — hạn Thứ Sáu, 25/10/2024 (còn 156 ngày) — theo {Reference}", list.Text(), StringComparison.Ordinal);
        Assert.Contains($"theo {Reference}", tally.Text(), StringComparison.Ordinal);
        Assert.Contains($"(theo {Reference})", digest.Text(), StringComparison.Ordinal);
        using var book = new OpenedWorkbook(export.Last().Document!.Bytes);
        Assert.Equal(Reference, book.Text("Tổng hợp", "N2"));
        var tallyOfUnit = (await bot.Get<TallyService>().ForDeadlineAsync(deadline)).Units[0];
        var reminder = ReminderComposer.ReminderText(new ReminderNotice(deadline, tallyOfUnit, new ReminderSlot("T-7", "before-7", ReminderSlotKind.Before, 7, new DateOnly(2024, 10, 18), DateTimeOffset.MinValue), new DateOnly(2024, 10, 18)), "Ban Tuyên giáo");
        Assert.Contains($"Theo {Reference} (gõ /congvan #{deadline.Id} để nhận văn bản).", reminder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secretary_asks_for_the_letter_of_a_deadline_and_gets_the_file()
    {
        await using var bot = await CreateAsync();
        await bot.SendFileAsync(BotHarness.Admin, "1720-CV.docx", Letter1720Docx(), "/congvan");
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var deadline = (await bot.Get<DeadlineStore>().ListAsync()).Single(d => d.DueDate == new DateOnly(2024, 10, 25));
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var bare = await bot.SayAsync(secretary, "/congvan");
        var named = await bot.SayAsync(secretary, $"/congvan #{deadline.Id}");
        var byName = await bot.SayAsync(await bot.RegisterSecretaryAsync("SYT"), "/congvan tu kiem tra thuc hien");

        // NHNN is in the first deadline only, so /congvan alone sends its letter.
        Assert.Equal(Letter1720Docx().Length, bare.Last().Document!.Bytes.Length);
        Assert.Equal("1720-CV.docx", named.Last().Document!.FileName);
        Assert.Contains($"{Reference}, ngày 22/5/2024", named.Text(), StringComparison.Ordinal);
        Assert.NotNull(byName.Last().Document);
    }

    [Fact]
    public async Task The_same_letter_sent_again_warns_that_its_deadlines_are_open_already()
    {
        await using var bot = await CreateAsync();
        await bot.SendFileAsync(BotHarness.Admin, "cv.txt", LetterFiles.SeedBytes(LetterFiles.Letter1720), "/congvan");
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var ids = (await bot.Get<DeadlineStore>().ListAsync()).OrderBy(d => d.DueDate).Select(d => d.Id).ToList();

        var again = await bot.SendFileAsync(BotHarness.Admin, "1720-CV.docx", Letter1720Docx(), "/congvan");

        Assert.Contains($"⚠️ trùng với việc #{ids[1]} \"Báo cáo tự kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm 2024\" đang mở", again.Text(), StringComparison.Ordinal);
        Assert.Contains($"⚠️ trùng với việc #{ids[0]}", again.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_stored_twice_creates_its_deadlines_once()
    {
        await using var bot = await CreateAsync();
        var letter = new NewLetter("draft-1", "1-CV/ĐUK", "Công văn", new DateOnly(2024, 5, 22), "Công văn số 1-CV/ĐUK", null, null, null, "test:admin");
        NewDeadline[] deadlines = [new("Báo cáo A", new DateOnly(2024, 6, 3), DeadlineScope.Grassroots, null, [], Recurrence.None, "trước ngày 3/6/2024", "test:admin")];

        var first = await bot.Get<LetterStore>().CreateAsync(letter, deadlines);
        var retry = await bot.Get<LetterStore>().CreateAsync(letter, deadlines);

        Assert.False(first.AlreadyStored);
        Assert.True(retry.AlreadyStored);
        Assert.Equal(first.Letter.Id, retry.Letter.Id);
        Assert.Empty(retry.Created);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
    }

    private static Task<BotHarness> CreateAsync() => BotHarness.CreateAsync(new DateTimeOffset(2024, 5, 22, 3, 0, 0, TimeSpan.Zero));

    private static byte[] Letter1720Docx() => LetterFiles.Docx(LetterFiles.Seed(LetterFiles.Letter1720));

    private static byte[] ScannedPdf()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842);
        return builder.Build();
    }
}
