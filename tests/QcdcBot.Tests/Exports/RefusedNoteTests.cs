using QcdcBot.Bot.Exports;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Exports;

/// <summary>
/// The export's "Ghi chú trạng thái" never shows a refused reply as if it stood, as /tinhhinh does not; a claim of
/// sending the office did not receive (/chuanhan) is marked as not received, not as refused (office15 finding 17).
/// </summary>
public sealed class RefusedNoteTests
{
    [Fact]
    public async Task A_refused_excuse_is_marked_refused_a_claim_not_received_is_marked_not_received_and_a_standing_one_is_not()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo chuyên đề dân chủ trước ngày 25/10/2024 cho TTRA, SKHDT, SUHLS, CTK");
        var excusing = await bot.RegisterSecretaryAsync("TTRA");
        var claiming = await bot.RegisterSecretaryAsync("SKHDT");
        var standing = await bot.RegisterSecretaryAsync("SUHLS");
        var claim = await bot.SayAsync(excusing, "đơn vị em không phát sinh nội dung ạ");
        await bot.PressAsync(BotHarness.Admin, Assert.Single(claim.Proactive).Message.Choices[1].Payload);
        await bot.SayAsync(BotHarness.Admin, "1"); // the refusal names the unit and asks once
        await bot.SayAsync(claiming, "em gửi bản giấy lên văn thư rồi");
        await bot.SayAsync(BotHarness.Admin, $"/chuanhan SKHDT #{deadline.Id} văn thư chưa nhận được");
        await bot.SayAsync(standing, "em gửi bản giấy lên văn thư rồi");
        var mailing = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(mailing, "da gui qua email bc chuyen de r a");
        await bot.SayAsync(BotHarness.Admin, $"/chuanhan CTK #{deadline.Id}");

        var document = await bot.Get<ProgressWorkbook>().BuildAsync([deadline], CancellationToken.None);
        using var book = new OpenedWorkbook(document.Bytes);
        var sheet = book.SheetNames[1];
        var notes = book.ColumnTexts(sheet, "A").Zip(book.ColumnTexts(sheet, "J")).ToDictionary(p => p.First, p => p.Second);

        Assert.Contains("không phát sinh nội dung", notes["TTRA"], StringComparison.Ordinal);
        Assert.EndsWith("(không được chấp nhận)", notes["TTRA"], StringComparison.Ordinal);
        Assert.Contains("bản giấy", notes["SKHDT"], StringComparison.Ordinal);
        Assert.EndsWith("(văn phòng chưa nhận được)", notes["SKHDT"], StringComparison.Ordinal);
        Assert.EndsWith("(văn phòng chưa nhận được)", notes["CTK"], StringComparison.Ordinal);
        Assert.Contains("bản giấy", notes["SUHLS"], StringComparison.Ordinal);
        Assert.DoesNotContain("không được chấp nhận", notes["SUHLS"], StringComparison.Ordinal);
    }
}
