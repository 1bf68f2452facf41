using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Issue 13 (clerk13b, letters37): edits and letters that change other letters. "sửa N trừ …" takes units out of an
/// item; a postponement or a recall names the open deadline it touches and what to do with it; a letter replacing
/// another ("thay thế Công văn số …") offers "gắn N" for the deadline given from the one it replaces.
/// </summary>
public sealed class LetterChangesRound37Tests : ClerkRound
{
    [Theory]
    [InlineData("sửa 1 trừ SYT, STP")]
    [InlineData("sửa 1 bỏ SYT, STP")]
    [InlineData("sua 1 tru SYT, STP")]
    [InlineData("sửa 1 ngoại trừ Đảng bộ Sở Y tế, Đảng bộ Sở Tư pháp")]
    [InlineData("sửa mục 1 trừ SYT và STP")]
    public async Task Sửa_trừ_takes_the_units_out_of_the_item_and_counts_them(string edit)
    {
        await using var bot = await ProposingAsync("Đề nghị các đơn vị gửi báo cáo chuyên đề trước ngày 15/12/2026.");

        var edited = (await bot.SayAsync(BotHarness.Admin, edit)).Text();
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("Đã sửa mục 1:", edited, StringComparison.Ordinal);
        Assert.Contains("74 − 2 = 72 đơn vị (chi, đảng bộ cơ sở, trừ Đảng bộ Sở Y tế (SYT), Đảng bộ Sở Tư pháp (STP))", edited, StringComparison.Ordinal);
        var created = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
        Assert.Equal(DeadlineScope.Units, created.Scope);
        Assert.Equal(72, created.UnitIds.Count);
        Assert.Empty(created.UnitIds.Intersect(await bot.UnitIdsAsync("SYT STP")));
    }

    [Fact]
    public async Task A_second_trừ_counts_from_the_group_and_an_answer_to_sửa_N_alone_may_be_trừ()
    {
        await using var bot = await ProposingAsync("Đề nghị các đơn vị gửi báo cáo chuyên đề trước ngày 15/12/2026.");

        await bot.SayAsync(BotHarness.Admin, "sửa 1 trừ SYT");
        await bot.SayAsync(BotHarness.Admin, "sửa 1");
        var edited = (await bot.SayAsync(BotHarness.Admin, "trừ STP")).Text();

        Assert.Contains("74 − 2 = 72 đơn vị (chi, đảng bộ cơ sở, trừ Đảng bộ Sở Y tế (SYT), Đảng bộ Sở Tư pháp (STP))", edited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trừ_of_units_the_item_does_not_have_changes_nothing_and_says_so()
    {
        await using var bot = await ProposingAsync("Đề nghị Đảng bộ Sở Y tế, Đảng bộ Sở Tư pháp gửi báo cáo chuyên đề trước ngày 15/12/2026.");

        var refused = (await bot.SayAsync(BotHarness.Admin, "sửa 1 trừ NHNN")).Text();
        var emptied = (await bot.SayAsync(BotHarness.Admin, "sửa 1 trừ SYT, STP")).Text();
        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 1 bỏ STP")).Text();

        Assert.Contains("Mục 1 không giao cho NHNN; không có đơn vị nào để bỏ. Mục 1 chưa sửa.", refused, StringComparison.Ordinal);
        Assert.Contains("mục 1 không còn đơn vị nào; muốn bỏ cả mục, gõ \"hủy 1\". Mục 1 chưa sửa.", emptied, StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Đảng bộ Sở Y tế (SYT)", edited, StringComparison.Ordinal);
        Assert.Contains("mục 1 không còn cho STP; muốn giữ, gõ \"sửa 1 cho STP, SYT\"", edited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thêm_on_an_item_for_a_group_adds_the_units_outside_it_and_counts_them()
    {
        await using var bot = await ProposingAsync("Đề nghị các đơn vị gửi báo cáo chuyên đề trước ngày 15/12/2026.");

        var inside = (await bot.SayAsync(BotHarness.Admin, "sửa 1 thêm SYT")).Text();
        var outside = (await bot.SayAsync(BotHarness.Admin, "sửa 1 thêm DTN")).Text();
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("đã gồm các đơn vị đó; không có đơn vị nào để thêm. Mục 1 chưa sửa.", inside, StringComparison.Ordinal);
        Assert.Contains("74 + 1 = 75 đơn vị (chi, đảng bộ cơ sở, thêm Đoàn Thanh niên Khối (DTN))", outside, StringComparison.Ordinal);
        Assert.Equal(75, Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false)).UnitIds.Count);
    }

    [Theory]
    [InlineData("Hoãn thời hạn gửi báo cáo chuyên đề theo Công văn số 2051-CV/ĐUK ngày 30/11/2026 (trước ngày 15/12/2026) đến khi có thông báo mới.", "được hoãn", "/huyhan #{0} (giao lại khi có thông báo mới) hoặc dời hạn bằng /suahan #{0} trước <ngày>")]
    [InlineData("Nay tạm hoãn việc gửi báo cáo trước ngày 15/12/2026 theo Công văn số 2051-CV/ĐUK.", "được hoãn", "/huyhan #{0} (giao lại khi có thông báo mới)")]
    [InlineData("Thu hồi Công văn số 2051-CV/ĐUK ngày 30/11/2026 về việc gửi báo cáo công tác dân vận trước ngày 15/12/2026.", "bị thu hồi", "hủy bằng /huyhan #{0}")]
    [InlineData("Bãi bỏ nội dung yêu cầu gửi báo cáo công tác dân vận tại Công văn số 2051-CV/ĐUK (hạn 15/12/2026); các đơn vị không phải gửi báo cáo này.", "bị thu hồi", "hủy bằng /huyhan #{0}")]
    public async Task A_postponement_or_recall_names_the_open_deadline_given_from_the_letter_it_cites(string body, string why, string what)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var given = await GivenFromAsync(bot, "2051-CV", "Các đơn vị gửi báo cáo công tác dân vận trước ngày 15/12/2026.");

        var reply = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Numbered("2423-CV", body))).Text();

        Assert.Contains("Không thấy hạn nộp nào", reply, StringComparison.Ordinal);
        Assert.Contains($"ngày trong văn bản {why}, không phải hạn nộp; việc #{given.Id} \"Báo cáo công tác dân vận\" (hạn 15/12/2026) giao theo văn bản đó vẫn đang mở", reply, StringComparison.Ordinal);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, what, given.Id), reply, StringComparison.Ordinal);
        Assert.DoesNotContain("tên việc ghi năm", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Công văn này thay thế Công văn số 2318-CV/ĐUK ngày 30/11/2026. Đề nghị các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 21/12/2026.")]
    [InlineData("Đề nghị các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 21/12/2026 (văn bản này thay cho Công văn số 2318-CV/ĐUK ngày 30/11/2026).")]
    [InlineData("Cong van nay thay the Cong van so 2318-CV/ĐUK ngay 30/11/2026. De nghi cac don vi gui ke hoach thuc hien QCDC nam 2026 truoc ngay 21/12/2026.")]
    public async Task A_replacing_letter_offers_gắn_for_the_deadline_given_from_the_letter_it_replaces(string body)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var given = await GivenFromAsync(bot, "2318-CV", "Đề nghị các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 22/12/2026.");

        var proposed = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Numbered("2440-CV", body))).Text();
        var attached = (await bot.SayAsync(BotHarness.Admin, "gắn 1")).Text();

        Assert.Contains("văn bản thay thế Công văn số 2318-CV/ĐUK", proposed, StringComparison.Ordinal);
        Assert.Contains($"gõ \"gắn 1\" để dời hạn việc #{given.Id} đến 21/12/2026", proposed, StringComparison.Ordinal);
        Assert.DoesNotContain("gần giống việc", proposed, StringComparison.Ordinal);
        Assert.Contains($"Đã dời hạn việc #{given.Id}: 22/12/2026 → Thứ Hai, 21/12/2026.", attached, StringComparison.Ordinal);
        var open = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
        Assert.Equal((given.Id, new DateOnly(2026, 12, 21)), (open.Id, open.DueDate));
    }

    /// <summary>letters34's N3 with no deadline given from the corrected letter: the title was the words between the dates ("\" nay sửa thành \"").</summary>
    [Theory]
    [InlineData("Đính chính Công văn số 2051-CV/ĐUK ngày 30/11/2026 của Ban Thường vụ Đảng ủy Khối: tại dòng thứ 3, \"trước ngày 15/12/2026\" nay sửa thành \"trước ngày 18/12/2026\". Các nội dung khác giữ nguyên.", "Việc theo Công văn số 2051-CV/ĐUK")]
    [InlineData("Dinh chinh Cong van so 2051-CV/DUK ngay 30/11/2026: \"truoc ngay 15/12/2026\" nay sua thanh \"truoc ngay 18/12/2026\".", "Việc theo Công văn số 2051-CV/DUK")]
    [InlineData("Đính chính: Công văn số 2051-CV/ĐUK ngày 30/11/2026 ghi hạn gửi báo cáo công tác dân vận là ngày 15/12/2026, nay điều chỉnh thành trước ngày 18/12/2026.", "Báo cáo công tác dân vận")]
    public async Task A_correction_with_no_deadline_to_move_is_titled_by_its_paper_or_the_letter_it_corrects(string body, string title)
    {
        var reply = await ReplyToAsync(Numbered("2400-CV", body));

        Assert.Contains($"Tìm thấy 1 hạn nộp:\n1. {title}\n   Hạn: Thứ Sáu, 18/12/2026", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("thành", reply[..reply.IndexOf("Hạn:", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Equal(title.StartsWith("Việc theo", StringComparison.Ordinal), reply.Contains("văn bản đính chính không nêu tên việc; đặt tên bằng \"sửa 1 tên …\"", StringComparison.Ordinal));
    }

    private const string TableHead = "TT\tNội dung\tĐơn vị thực hiện\tThời gian";

    /// <summary>letters34's N4 as clerk13b's q9.docx has it: the note repeating a table row's date after the table, in a .docx.</summary>
    [Theory]
    [InlineData("1\tBáo cáo tổng kết QCDC năm 2026\tCác chi, đảng bộ cơ sở\tTrước ngày 15/12/2026", "Lưu ý: Báo cáo tổng kết gửi về Ban Tuyên giáo trước ngày 15/12/2026 (bản mềm và bản giấy).")]
    [InlineData("1\tBáo cáo sơ kết\tCác chi, đảng bộ cơ sở\tTrước ngày 10/12/2026", "Lưu ý: báo cáo sơ kết gửi trước ngày 10/12/2026 qua phần mềm, không gửi bản giấy.")]
    public async Task A_note_after_a_table_repeating_a_rows_date_files_one_deadline_from_a_docx(string row, string note)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var letter = ToGrassroots + note;

        var proposed = (await bot.SendFileAsync(BotHarness.Admin, "cv.docx", LetterFiles.Docx(letter, tableRowsAfterLine: [TableHead, row, "2\tTham luận\tĐảng bộ Sở Y tế\tTrước 18/12/2026"], afterLine: 5), "/congvan")).Text();

        Assert.Contains("Tìm thấy 2 hạn nộp", proposed, StringComparison.Ordinal);
        Assert.Contains("nhắc lại hạn của mục 1", proposed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_repeating_an_items_date_files_one_deadline_from_a_docx_in_prose()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var letter = ToGrassroots + "Đề nghị các đơn vị gửi báo cáo tổng kết QCDC năm 2026 trước ngày 15/12/2026.\nLưu ý: Báo cáo tổng kết gửi về Ban Tuyên giáo trước ngày 15/12/2026 (bản mềm và bản giấy).";

        var proposed = (await bot.SendFileAsync(BotHarness.Admin, "cv.docx", LetterFiles.Docx(letter), "/congvan")).Text();
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("Tìm thấy 1 hạn nộp", proposed, StringComparison.Ordinal);
        Assert.Contains("nhắc lại hạn của mục 1", proposed, StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
    }

    /// <summary>clerk13b's p6.docx: the paper copy's note quoted "(bản mềm) trước ngày 15/12/2026", the first date's bracket.</summary>
    [Fact]
    public async Task A_copy_notes_quote_is_the_second_dates_own_words_in_a_docx_cell()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var row = "1\tBài viết về gương điển hình\tCác đảng bộ: Sở Y tế, Sở Tư pháp, Ngân hàng Nhà nước\tTrước ngày 10/12/2026 (bản mềm); trước ngày 15/12/2026 (bản giấy)";

        var proposed = (await bot.SendFileAsync(BotHarness.Admin, "cv.docx", LetterFiles.Docx(ToGrassroots + "Các đơn vị gửi về Ban Tuyên giáo.", tableRowsAfterLine: [TableHead, row], afterLine: 5), "/congvan")).Text();

        Assert.Contains("văn bản còn ghi hạn bản giấy: \"trước ngày 15/12/2026 (bản giấy)\"", proposed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Các đơn vị gửi bài viết trước ngày 10/12/2026 (bản mềm) và trước ngày 18/12/2026 (bản giấy).", "\"trước ngày 18/12/2026 (bản giấy)\"")]
    [InlineData("Các đơn vị gửi bài viết trước ngày 10/12/2026 (bản mềm); bản giấy gửi trước ngày 18/12/2026.", "\"bản giấy gửi trước ngày 18/12/2026\"")]
    public async Task A_copy_notes_quote_is_the_second_dates_own_words_pasted(string body, string quoted)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("văn bản còn ghi hạn bản giấy: " + quoted, reply, StringComparison.Ordinal);
    }

    /// <summary>letters33's leftover (clerk13b h3.txt): a dateless "Danh sách … gửi kèm báo cáo" was dropped silently.</summary>
    [Theory]
    [InlineData("1. Báo cáo tổng kết gửi trước ngày 15/12/2026.\n2. Danh sách đề nghị khen thưởng gửi kèm báo cáo.\n3. Bài tham luận (nếu có) gửi trước ngày 18/12/2026.", "Danh sách đề nghị khen thưởng gửi kèm báo cáo")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Phụ lục số liệu nộp kèm theo báo cáo tổng kết.", "Phụ lục số liệu nộp kèm theo báo cáo tổng kết")]
    [InlineData("- Báo cáo tổng kết gửi trước ngày 15/12/2026;\n- Biểu thống kê gửi kèm báo cáo;", "Biểu thống kê gửi kèm báo cáo")]
    public async Task A_dateless_paper_sent_with_a_report_is_a_note_on_that_report(string body, string paper)
    {
        var letter = ToGrassroots + body;
        await using var bot = await BotHarness.CreateAsync(Today);

        var pasted = (await bot.SayAsync(BotHarness.Admin, "/congvan " + letter)).Text();
        await bot.SayAsync(BotHarness.Admin, "hủy");
        var sent = (await bot.SendFileAsync(BotHarness.Admin, "cv.docx", LetterFiles.Docx(letter), "/congvan")).Text();

        foreach (var reply in new[] { pasted, sent })
        {
            var first = reply[reply.IndexOf("1. ", StringComparison.Ordinal)..];
            first = first.IndexOf("\n2. ", StringComparison.Ordinal) is var next and > 0 ? first[..next] : first;
            Assert.Contains($"văn bản ghi \"{paper}\": gửi kèm mục này, không có hạn riêng", first, StringComparison.Ordinal);
        }
    }
}
