using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Hosting;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>
/// What the bot itself doubts is never created unasked (a date it changed or guessed, a title naming another year), in
/// chat and on the command line; a paper that only shares "QCDC" with an open one is no duplicate; "2" is "Không".
/// </summary>
public sealed class LetterDoubtTests
{
    // Monday 30/11/2026, 9:00 in Yên Bái.
    private static readonly DateTimeOffset Today = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    private const string Header = "Số 2080-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\nKính gửi: Các chi, đảng bộ cơ sở.\n";

    // "5 tháng 11" in a letter of 30/11 is read as 5/12 (a month slip); "20/11" without a year as 20/11/2027.
    private const string Guessed = Header +
        "1. Các đơn vị gửi báo cáo chuyên đề trước ngày 5 tháng 11 năm 2026.\n" +
        "2. Các đơn vị gửi danh sách đề nghị chậm nhất trong ngày 20/11.\n" +
        "3. Các đơn vị gửi báo cáo sơ kết công tác dân vận trước ngày 22/12/2026.\n";

    [Fact]
    public async Task The_command_line_holds_back_dates_the_bot_guessed_unless_accept_guesses_is_given()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var file = Path.Combine(bot.Folder, "2080.txt");
        await File.WriteAllTextAsync(file, Guessed);
        void Clock(Microsoft.Extensions.Hosting.IHostApplicationBuilder b) => b.Services.AddSingleton<TimeProvider>(bot.Time);

        var held = new StringWriter();
        var heldCode = await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], held, Clock);

        Assert.True(heldCode == 1, held.ToString());
        Assert.Contains("Không tạo mục 1 (văn bản ghi \"trước ngày 5 tháng 11 năm 2026\", bot đề xuất Thứ Bảy, 5/12/2026); mục 2 (văn bản ghi \"chậm nhất trong ngày 20/11\", bot đề xuất Thứ Bảy, 20/11/2027): hạn chưa chắc", held.ToString(), StringComparison.Ordinal);
        Assert.Contains("--accept-guesses", held.ToString(), StringComparison.Ordinal);
        Assert.Equal([new DateOnly(2026, 12, 22)], (await bot.Get<DeadlineStore>().ListAsync(true)).Select(d => d.DueDate));

        var accepted = new StringWriter();
        var acceptedCode = await CommandLineTools.RunAsync(["congvan", file, "--create", "--accept-guesses", "--allow-duplicate", "--Storage:Path", bot.DatabasePath], accepted, Clock);

        Assert.True(acceptedCode == 0, accepted.ToString());
        Assert.Contains(new DateOnly(2027, 11, 20), (await bot.Get<DeadlineStore>().ListAsync(true)).Select(d => d.DueDate));
    }

    [Fact]
    public async Task Creating_a_guessed_date_in_chat_asks_first_naming_the_date_as_written_and_as_proposed()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Guessed);

        var asked = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        Assert.Contains("mục 1 (văn bản ghi \"trước ngày 5 tháng 11 năm 2026\", bot đề xuất Thứ Bảy, 5/12/2026); mục 2 (văn bản ghi \"chậm nhất trong ngày 20/11\", bot đề xuất Thứ Bảy, 20/11/2027)", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(["Tạo cả mục 1, 2 với hạn nêu trên", "Không, chưa tạo (để sửa hạn)", "Chỉ tạo mục 3 (hạn rõ)"], asked.Last().Choices.Select(c => c.Label));
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));

        // The habitual "2" creates nothing.
        await bot.SayAsync(BotHarness.Admin, "2");
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));

        var edited = await bot.SayAsync(BotHarness.Admin, "sửa 2 trước 18/12/2026");
        Assert.Contains("Đã sửa mục 2", edited.Text(), StringComparison.Ordinal);
        var again = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        Assert.Contains("mục 1 (văn bản ghi", again.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("mục 2 (văn bản ghi", again.Text(), StringComparison.Ordinal);

        var created = await bot.PressAsync(BotHarness.Admin, again.Last().Choices[0].Payload);
        Assert.Contains("Đã giao 3 việc", created.Text(), StringComparison.Ordinal);
        Assert.Equal([new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 18), new DateOnly(2026, 12, 22)], (await bot.Get<DeadlineStore>().ListAsync(true)).Select(d => d.DueDate).Order());
    }

    [Fact]
    public async Task A_title_year_that_differs_from_the_due_year_asks_before_creating_and_is_held_back_on_the_command_line()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SendFileAsync(BotHarness.Admin, "1720.txt", LetterFiles.SeedBytes(LetterFiles.Letter1720), "/congvan");
        var edited = await bot.SayAsync(BotHarness.Admin, "sửa 2 trước 18/12/2026 cho NHNN, SNGV");
        Assert.Contains("tên việc ghi năm 2024", edited.Text(), StringComparison.Ordinal);

        var asked = await bot.SayAsync(BotHarness.Admin, "tạo 2");

        Assert.Contains("mục 2 (tên việc ghi năm 2024, hạn Thứ Sáu, 18/12/2026)", asked.Text(), StringComparison.Ordinal);
        Assert.Equal("Không, chưa tạo (để sửa hạn)", asked.Last().Choices[1].Label);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));

        var file = Path.Combine(bot.Folder, "2090.txt");
        await File.WriteAllTextAsync(file, Header.Replace("2080", "2090", StringComparison.Ordinal) + "Các đơn vị gửi báo cáo tổng kết công tác dân vận năm 2024 trước ngày 18/12/2026.\n");
        var output = new StringWriter();
        var code = await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", bot.DatabasePath], output, b => b.Services.AddSingleton<TimeProvider>(bot.Time));

        Assert.True(code == 1, output.ToString());
        Assert.Contains("Không tạo mục 1 (tên việc ghi năm 2024, hạn Thứ Sáu, 18/12/2026)", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));
    }

    // An open yearly plan for the 74 units (as the office's store holds it), and a letter of a data table, another
    // report and the same plan again.
    private const string Mixed = Header +
        "1. Các đơn vị hoàn thiện báo cáo chuyên đề về mô hình Dân vận khéo, gửi về Ban Tuyên giáo chậm nhất là ngày 21/12/2026.\n" +
        "2. Hạn chót gửi bảng tổng hợp số liệu QCDC: ngày 11/12.\n" +
        "3. Các đơn vị gửi kế hoạch thực hiện QCDC năm 2026 trước ngày 15/12/2026.\n";

    [Fact]
    public async Task A_data_table_sharing_only_qcdc_with_an_open_plan_is_no_duplicate_while_the_same_plan_still_is()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var plan = await bot.AssignAsync("Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước 15/12/2026");

        var proposal = await bot.SayAsync(BotHarness.Admin, "/congvan " + Mixed);
        Assert.DoesNotContain("gần giống", proposal.Text(), StringComparison.Ordinal);
        Assert.Contains($"trùng với việc #{plan.Id}", proposal.Text(), StringComparison.Ordinal);

        var created = await bot.SayAsync(BotHarness.Admin, "tạo 1, 2");
        Assert.Contains("Đã giao 2 việc", created.Text(), StringComparison.Ordinal);
        var asked = await bot.SayAsync(BotHarness.Admin, "tạo 3");
        Assert.Contains($"Đã có việc đang mở trùng hoặc gần giống: mục 3 (trùng việc #{plan.Id})", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(3, (await bot.Get<DeadlineStore>().ListAsync(true)).Count);

        await using var clerk = await BotHarness.CreateAsync(Today);
        var open = await clerk.AssignAsync("Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2026 trước 15/12/2026");
        var file = Path.Combine(clerk.Folder, "2010.txt");
        await File.WriteAllTextAsync(file, Mixed);
        var output = new StringWriter();
        var code = await CommandLineTools.RunAsync(["congvan", file, "--create", "--Storage:Path", clerk.DatabasePath], output, b => b.Services.AddSingleton<TimeProvider>(clerk.Time));

        Assert.True(code == 1, output.ToString());
        Assert.Contains($"Không tạo mục 3 (trùng việc #{open.Id})", output.ToString(), StringComparison.Ordinal);
        Assert.Equal([new DateOnly(2026, 12, 11), new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 21)], (await clerk.Get<DeadlineStore>().ListAsync(true)).Select(d => d.DueDate).Order());
    }

    [Fact]
    public async Task Two_at_the_question_about_days_off_or_past_dates_creates_nothing()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        // A letter of 2/11 read on 30/11: item 3 has passed; items 1 and 2 fall on a Saturday and a Sunday.
        await bot.SayAsync(BotHarness.Admin, "/congvan Số 2070-CV/ĐUK\nYên Bái, ngày 02 tháng 11 năm 2026\nKính gửi: Các chi, đảng bộ cơ sở.\n" +
            "1. Các đơn vị gửi báo cáo chuyên đề trước ngày 19/12/2026.\n2. Các đơn vị gửi danh sách đề nghị trước ngày 20/12/2026.\n3. Các đơn vị gửi danh sách đăng ký thi đua trước ngày 10/11/2026.\n");

        var past = await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        Assert.Equal("Không, chưa tạo (để sửa hạn)", past.Last().Choices[1].Label);
        await bot.SayAsync(BotHarness.Admin, "2");
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));

        var daysOff = await bot.SayAsync(BotHarness.Admin, "tạo 1, 2");
        Assert.Equal("Không, chưa tạo", daysOff.Last().Choices[1].Label);
        await bot.SayAsync(BotHarness.Admin, "2");
        Assert.Empty(await bot.Get<DeadlineStore>().ListAsync(true));
    }
}
