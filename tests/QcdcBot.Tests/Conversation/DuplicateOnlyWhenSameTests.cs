using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /giao asks "Đã có việc #N … Vẫn tạo thêm việc mới?" only when the new deadline really repeats an open one (issue 12
/// point 8): the same due date, a near-same title (diacritics and the office's shorthand, "kq" for "kết quả", change
/// nothing) and the same units (or one scope holding the other). Another due date or units neither scope holds make
/// another deadline, created at once (tester12f F6). "Không" says nothing was created and how to create it all the same.
/// Today is 1/12/2026.
/// </summary>
public sealed class DuplicateOnlyWhenSameTests
{
    [Theory]
    [InlineData("Bao cao chuyen de truoc 20/12/2026 cho CDYB", "Bao cao chuyen de B truoc 26/12/2026")] // the tester's: other title, date and units
    [InlineData("Báo cáo kết quả QCDC trước 18/12/2026", "bao cao ket qua QCDC truoc 21/12/2026")] // the same paper, another date
    [InlineData("Báo cáo kết quả QCDC trước 18/12/2026 cho NHNN", "Bao cao ket qua QCDC truoc 18/12/2026 cho SYT")] // other units
    [InlineData("Báo cáo kết quả QCDC trước 18/12/2026 cho NHNN, SYT", "bc kq QCDC truoc 18/12/2026 cho SYT, CTK")] // units in part only
    [InlineData("Xây dựng báo cáo tự kiểm tra, giám sát trước 22/12/2026", "Xay dung bao cao tu kiem tra truoc 18/12/2026")] // a shorter title, another date
    [InlineData("Bao cao tu kiem tra truoc 22/12/2026 cho NHNN, CTK", "Báo cáo tự kiểm tra trước ngày 24/12/2026 cho CTK, TTRA")] // near date, overlapping units
    public async Task Another_due_date_or_other_units_is_another_deadline_created_without_asking(string first, string second)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        await bot.AssignAsync(first);

        var made = await bot.AssignAsync(second);

        Assert.Equal(2, (await bot.Get<DeadlineStore>().ListAsync()).Count);
        Assert.NotEqual(default, made.Id);
    }

    [Theory]
    [InlineData("Báo cáo kết quả QCDC trước 18/12/2026", "bao cao kq QCDC truoc 18/12/2026", "2")]
    [InlineData("Báo cáo kết quả QCDC trước 18/12/2026", "Bao cao ket qua QCDC truoc ngay 18/12/2026", "khong")]
    [InlineData("bc kq tự kiểm tra trước 18/12/2026 cho NHNN, SYT", "Báo cáo kết quả tự kiểm tra hạn 18/12/2026 cho SYT và NHNN", "0")]
    public async Task The_same_units_date_and_near_same_title_is_asked_and_no_says_how_to_create_it_anyway(string first, string second, string answer)
    {
        await using var bot = await BotHarness.CreateAsync();
        bot.SetLocalTime(2026, 12, 1, 9, 0);
        var open = await bot.AssignAsync(first);

        var asked = (await bot.SayAsync(BotHarness.Admin, "/giao " + second)).Text();
        var kept = (await bot.SayAsync(BotHarness.Admin, answer)).Text();

        Assert.Contains($"Đã có việc #{open.Id}", asked, StringComparison.Ordinal);
        Assert.Contains("cùng hạn 18/12/2026", asked, StringComparison.Ordinal);
        Assert.Contains("chưa tạo việc nào", kept, StringComparison.Ordinal);
        Assert.Contains($"Việc #{open.Id} giữ nguyên", kept, StringComparison.Ordinal);
        Assert.Contains($"gõ lại lệnh: /giao {second} rồi chọn 1 (Vẫn tạo việc mới)", kept, StringComparison.Ordinal);
        Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
    }
}
