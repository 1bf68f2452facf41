using System.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Issue 13 (final13 / clerk17 #9, #23, O1): several letters waiting at once, each answer naming the letter of the
/// items it touched; a corrected letter attached to the deadline it corrects; the new-deadline notice naming its letter.
/// </summary>
public sealed class LetterWaitingAndCorrectedTests : ClerkRound
{
    private static string Letter(string number, string body) => ToGrassroots.Replace("280-CV", number, StringComparison.Ordinal) + body;

    [Fact]
    public async Task Every_answer_names_the_letter_of_the_items_it_touched_when_three_letters_wait()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("280-CV", "Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Các đơn vị gửi kế hoạch năm 2027 trước ngày 17/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("281-CV", "Các đơn vị gửi báo cáo quý IV trước ngày 16/12/2026."));
        var third = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("282-CV", "Các đơn vị gửi danh sách đảng viên tiêu biểu trước ngày 18/12/2026."))).Text();

        var editFirst = (await bot.SayAsync(BotHarness.Admin, "sửa 1 cho SYT")).Text();
        var editLast = (await bot.SayAsync(BotHarness.Admin, "sửa 4 cho NHNN")).Text();
        var asked = (await bot.SayAsync(BotHarness.Admin, "sửa 2")).Text();
        await bot.SayAsync(BotHarness.Admin, "/hanchot");
        var dropped = (await bot.SayAsync(BotHarness.Admin, "hủy 3")).Text();
        var created = (await bot.SayAsync(BotHarness.Admin, "tạo 1")).Text();
        var rest = (await bot.SayAsync(BotHarness.Admin, "tạo tất cả")).Text();

        Assert.Contains("4. Danh sách đảng viên tiêu biểu", third, StringComparison.Ordinal);
        Assert.Contains("Đã sửa mục 1 (Công văn số 280-CV/ĐUK)", editFirst, StringComparison.Ordinal);
        Assert.Contains("Đã sửa mục 4 (Công văn số 282-CV/ĐUK)", editLast, StringComparison.Ordinal);
        Assert.Contains("Sửa mục 2 (Công văn số 280-CV/ĐUK) thế nào?", asked, StringComparison.Ordinal);
        Assert.Contains("Đã bỏ mục 3 (Công văn số 281-CV/ĐUK) khỏi đề xuất", dropped, StringComparison.Ordinal);
        Assert.Contains("Đã giao 1 việc theo Công văn số 280-CV/ĐUK", created, StringComparison.Ordinal);
        Assert.Contains("Còn chờ: mục 2 (Công văn số 280-CV/ĐUK); mục 4 (Công văn số 282-CV/ĐUK)", created, StringComparison.Ordinal);
        Assert.Contains("Đã giao 1 việc theo Công văn số 280-CV/ĐUK", rest, StringComparison.Ordinal);
        Assert.Contains("Đã giao 1 việc theo Công văn số 282-CV/ĐUK", rest, StringComparison.Ordinal);
        var made = await bot.Get<DeadlineStore>().ListAsync(false);
        Assert.Equal(["Báo cáo tổng kết", "Kế hoạch năm 2027", "Danh sách đảng viên tiêu biểu"], made.OrderBy(d => d.Id).Select(d => d.Title));
        Assert.Equal(DeadlineScope.Units, made.Single(d => d.Title == "Báo cáo tổng kết").Scope);
        Assert.Equal(DeadlineScope.Units, made.Single(d => d.Title == "Danh sách đảng viên tiêu biểu").Scope);
    }

    [Fact]
    public async Task Two_letters_waiting_dropping_items_of_both_names_each_and_the_other_keeps_its_numbers()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("280-CV", "Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Các đơn vị gửi kế hoạch năm 2027 trước ngày 17/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("281-CV", "Các đơn vị gửi báo cáo quý IV trước ngày 16/12/2026. Các đơn vị gửi danh sách đảng viên tiêu biểu trước ngày 18/12/2026."));

        var dropped = (await bot.SayAsync(BotHarness.Admin, "hủy 1, 3")).Text();
        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 4 tên Danh sách khen thưởng")).Text();

        Assert.Contains("Đã bỏ mục 1, 3 (Công văn số 280-CV/ĐUK: mục 1; Công văn số 281-CV/ĐUK: mục 3)", dropped, StringComparison.Ordinal);
        Assert.Contains("Đã sửa mục 4 (Công văn số 281-CV/ĐUK)", edited, StringComparison.Ordinal);
        Assert.Contains("4. Danh sách khen thưởng", edited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gắn 1")]
    [InlineData("dời 1")]
    [InlineData("gan muc 1")]
    public async Task A_corrected_letter_is_attached_to_the_deadline_it_corrects_and_secretaries_get_the_newest(string answer)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + "Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026.");
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var made = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
        var corrected = ToGrassroots.Replace("ngày 30 tháng 11", "ngày 01 tháng 12", StringComparison.Ordinal) + "Các đơn vị gửi báo cáo tổng kết trước ngày 16/12/2026.";
        await bot.SayAsync(BotHarness.Admin, "/congvan " + corrected);

        var attached = await bot.SayAsync(BotHarness.Admin, answer);
        var again = (await bot.SayAsync(BotHarness.Admin, "tạo 1")).Text();
        var letter = await bot.SayAsync(secretary, $"/congvan #{made.Id}");

        Assert.Contains($"Đã gắn Công văn số 280-CV/ĐUK, ngày 1/12/2026 vào việc #{made.Id} \"Báo cáo tổng kết\" (thay Công văn số 280-CV/ĐUK, ngày 30/11/2026).", attached.Text(), StringComparison.Ordinal);
        Assert.Contains($"Đã dời hạn việc #{made.Id}: 15/12/2026 → Thứ Tư, 16/12/2026.", attached.Text(), StringComparison.Ordinal);
        Assert.Contains(attached.Proactive, p => p.To.ChatId == secretary && p.Message.Text.Contains("16/12/2026", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 16), (await bot.Get<DeadlineStore>().GetAsync(made.Id))!.DueDate);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true));
        Assert.Contains($"Đã tạo từ trước: mục 1 → đã tạo việc #{made.Id}", again, StringComparison.Ordinal);
        Assert.Contains("16/12/2026", Encoding.UTF8.GetString(letter.Last().Document!.Bytes), StringComparison.Ordinal);
        Assert.Contains("Văn bản này thay Công văn số 280-CV/ĐUK, ngày 30/11/2026", letter.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gắn_on_an_item_not_created_before_attaches_nothing_and_says_to_create_it()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + "Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026.");
        var before = await bot.SnapshotAsync();

        var reply = (await bot.SayAsync(BotHarness.Admin, "gắn 1")).Text();

        Assert.Contains("không phải việc đang mở đã tạo từ văn bản cùng số; tạo mới bằng \"tạo 1\"", reply, StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task The_new_deadline_notice_names_the_letter_and_how_to_get_it()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var secretary = await bot.RegisterSecretaryAsync("STP");

        await bot.SayAsync(BotHarness.Admin, "/congvan Số 2021-CV/ĐUK ngày 30/11/2026. Kính gửi: Đảng bộ Sở Tư pháp; Đảng bộ Sở Y tế. Đề nghị hai đơn vị gửi báo cáo chuyên đề cải cách hành chính chậm nhất ngày 14/12/2026.");
        var created = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var given = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo công tác dân vận trước 15/12/2026 cho STP");

        var made = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false), d => d.LetterId is not null);
        var notice = Assert.Single(created.Proactive, p => p.To.ChatId == secretary).Message.Text;
        Assert.Contains($"📌 Việc mới #{made.Id}", notice, StringComparison.Ordinal);
        Assert.Contains($"Theo Công văn số 2021-CV/ĐUK (gõ /congvan #{made.Id} để nhận văn bản).", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("/congvan", Assert.Single(given.Proactive, p => p.To.ChatId == secretary).Message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cong van")]
    [InlineData("cong van")]
    [InlineData("CV")]
    [InlineData("Công văn số 280-CV/ĐUK")]
    public async Task An_admins_file_captioned_công_văn_without_the_slash_is_read_as_a_letter(string caption)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SendFileAsync(BotHarness.Admin, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + "Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026."), caption)).Text();

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Bot chỉ nhận tệp nộp từ thư ký", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admins_file_with_another_caption_is_told_about_congvan_too()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SendFileAsync(BotHarness.Admin, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + "Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026."), "cvx ban tuyen giao")).Text();

        Assert.Contains("Bot chỉ nhận tệp nộp từ thư ký", reply, StringComparison.Ordinal);
        Assert.Contains("Nếu tệp là công văn cần giao việc, gửi lại kèm chú thích /congvan.", reply, StringComparison.Ordinal);
    }
}
