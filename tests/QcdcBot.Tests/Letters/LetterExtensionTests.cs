using System.Text;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Hosting;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// Issue 13 (clerk13 #12, #15, letters28's leftovers): an extension letter and a corrected one move the deadline they
/// are about ("gắn N"), never stand beside it; the units told the new date by the letter; a day off asked about.
/// </summary>
public sealed class LetterExtensionTests : ClerkRound
{
    private const string Plan = "Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026";

    private static string Letter(string number, string body) => ToGrassroots.Replace("280-CV", number, StringComparison.Ordinal) + body;

    /// <summary>#1 "Kế hoạch thực hiện Quy chế dân chủ …" due 15/12/2026 for the 74 grassroots units, from letter 270-CV.</summary>
    private static async Task<Deadline> PlanDueOnTheFifteenthAsync(BotHarness bot)
    {
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("270-CV", "Các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 15/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        return Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
    }

    [Theory]
    [InlineData("Ban Tuyên giáo gia hạn thời gian gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 đến hết ngày 22/12/2026.")]
    [InlineData("Do một số đơn vị đề nghị, Ban Tuyên giáo gia hạn thời gian gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 đến hết ngày 22/12/2026.")]
    [InlineData("Ban Tuyen giao gia han thoi gian gui ke hoach thuc hien Quy che dan chu o co so nam 2026 den ngay 22/12/2026.")]
    [InlineData("Đảng ủy Khối lùi thời hạn nộp kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 sang ngày 22/12/2026.")]
    public async Task An_extension_letter_offers_to_move_the_open_deadline_and_gắn_moves_it_naming_the_letter_to_the_units(string sentence)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        var plan = await PlanDueOnTheFifteenthAsync(bot);

        var proposed = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("2121-CV", sentence))).Text();
        var attached = await bot.SayAsync(BotHarness.Admin, "gắn 1");

        Assert.DoesNotContain("Không thấy hạn nộp", proposed, StringComparison.Ordinal);
        Assert.Contains($"việc #{plan.Id} đang có hạn 15/12/2026; muốn dời theo văn bản, gõ \"gắn 1\"", proposed, StringComparison.Ordinal);
        Assert.Contains($"/suahan #{plan.Id} trước 22/12/2026", proposed, StringComparison.Ordinal);
        Assert.Contains($"Đã dời hạn việc #{plan.Id}: 15/12/2026 → Thứ Ba, 22/12/2026.", attached.Text(), StringComparison.Ordinal);
        var notice = Assert.Single(attached.Proactive, p => p.To.ChatId == secretary).Message.Text;
        Assert.Contains("theo Công văn số 2121-CV/ĐUK, ngày 30/11/2026: 15/12/2026 → Thứ Ba, 22/12/2026", notice, StringComparison.Ordinal);
        var open = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false));
        Assert.Equal((plan.Id, new DateOnly(2026, 12, 22)), (open.Id, open.DueDate));
    }

    [Fact]
    public async Task Tạo_tất_cả_on_a_corrected_letter_offers_gắn_beside_creating_a_duplicate()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var plan = await PlanDueOnTheFifteenthAsync(bot);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("270-CV", "Các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 18/12/2026.").Replace("ngày 30 tháng 11", "ngày 01 tháng 12", StringComparison.Ordinal));

        var asked = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var chosen = (await bot.SayAsync(BotHarness.Admin, "3")).Text();

        Assert.Equal(["Vẫn tạo, dù trùng", "Không, chưa tạo", $"Gắn văn bản vào việc đang có, không tạo thêm: việc #{plan.Id} dời hạn 15/12/2026 → 18/12/2026"], asked.Last().Choices.Select(c => c.Label));
        Assert.Contains($"Đã dời hạn việc #{plan.Id}: 15/12/2026 → Thứ Sáu, 18/12/2026.", chosen, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 18), Assert.Single(await bot.Get<DeadlineStore>().ListAsync(false)).DueDate);
    }

    [Fact]
    public async Task A_correction_with_the_same_due_date_offers_gắn_which_attaches_it_and_moves_nothing()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var plan = await PlanDueOnTheFifteenthAsync(bot);
        var resent = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("270-CV", "Các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 15/12/2026."))).Text();
        await bot.SayAsync(BotHarness.Admin, "hủy");
        var corrected = (await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("270-CV", "Các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 15/12/2026.").Replace("ngày 30 tháng 11", "ngày 01 tháng 12", StringComparison.Ordinal))).Text();

        var attached = await bot.SayAsync(BotHarness.Admin, "gắn 1");

        Assert.DoesNotContain("gắn 1", resent, StringComparison.Ordinal);
        Assert.Contains($"việc #{plan.Id} đã có hạn này; gõ \"gắn 1\" để gắn văn bản này vào việc #{plan.Id} (thay văn bản cũ, hạn giữ nguyên", corrected, StringComparison.Ordinal);
        Assert.Contains($"Đã gắn Công văn số 270-CV/ĐUK, ngày 1/12/2026 vào việc #{plan.Id} \"{Plan}\" (thay Công văn số 270-CV/ĐUK, ngày 30/11/2026). Hạn giữ nguyên Thứ Ba, 15/12/2026.", attached.Text(), StringComparison.Ordinal);
        Assert.Empty(attached.Proactive);
    }

    [Fact]
    public async Task Gắn_onto_a_day_off_offers_the_working_day_before_and_tells_the_units_once_with_the_date_chosen()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        var plan = await PlanDueOnTheFifteenthAsync(bot);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("270-CV", "Các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 19/12/2026.").Replace("ngày 30 tháng 11", "ngày 01 tháng 12", StringComparison.Ordinal));

        var attached = await bot.SayAsync(BotHarness.Admin, "gắn 1");
        var moved = await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("Lưu ý: 19/12/2026 là ngày nghỉ (Thứ Bảy). Dời sang ngày làm việc liền trước, Thứ Sáu, 18/12/2026?", attached.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(attached.Proactive, p => p.To.ChatId == secretary);
        Assert.Equal(new DateOnly(2026, 12, 18), (await bot.Get<DeadlineStore>().GetAsync(plan.Id))!.DueDate);
        var notice = Assert.Single(moved.Proactive, p => p.To.ChatId == secretary).Message.Text;
        Assert.Contains("theo Công văn số 270-CV/ĐUK, ngày 1/12/2026: 15/12/2026 → Thứ Sáu, 18/12/2026", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suahan_while_a_corrected_letter_waits_says_how_to_attach_it_so_secretaries_get_the_new_letter()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var secretary = await bot.RegisterSecretaryAsync("SYT");
        var plan = await PlanDueOnTheFifteenthAsync(bot);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("270-CV", "Các đơn vị gửi kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước ngày 16/12/2026.").Replace("ngày 30 tháng 11", "ngày 01 tháng 12", StringComparison.Ordinal));

        var moved = (await bot.SayAsync(BotHarness.Admin, $"/suahan #{plan.Id} trước 16/12/2026")).Text();
        await bot.SayAsync(BotHarness.Admin, "gắn 1");
        var letter = await bot.SayAsync(secretary, $"/congvan #{plan.Id}");

        Assert.Contains($"Công văn số 270-CV/ĐUK đang chờ có mục 1 cho việc #{plan.Id}: /suahan không gắn văn bản đó vào việc; muốn đơn vị nhận văn bản mới (/congvan #{plan.Id}), gõ \"gắn 1\".", moved, StringComparison.Ordinal);
        Assert.Contains("Văn bản này thay Công văn số 270-CV/ĐUK, ngày 30/11/2026", letter.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_names_on_a_day_off_only_the_items_it_created()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "cv.txt");
        await File.WriteAllTextAsync(file, ToGrassroots + "Các đơn vị gửi báo cáo tổng kết trước ngày 19/12/2026. Đề nghị Đảng bộ Công ty Không Có Thật gửi báo cáo chuyên đề trước ngày 20/12/2026.", Encoding.UTF8);
        var output = new StringWriter();

        await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], output, b => b.Services.AddSingleton<TimeProvider>(bot.Time));

        Assert.Contains("Không tạo: mục 2", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Lưu ý: đã tạo với hạn vào ngày nghỉ: mục 1 (19/12/2026, ngày làm việc liền trước 18/12/2026);", output.ToString(), StringComparison.Ordinal);
    }
}
