using System.Globalization;
using System.IO.Compression;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Exports;

/// <summary>
/// A file the office received by e-mail and handed in for a unit that had already uploaded its own is kept beside that
/// upload, as the question promised ("không thay bài nộp đó"): the receipt and the unit's notice say so, /donvi names
/// both, and /taifile's zip and the export's file column hold both files (tester12 F8, issue 12 points 4 and 17).
/// </summary>
public sealed class OfficeFileBesideUploadTests
{
    [Theory]
    [InlineData("/ghinhan {0} #{1} nhan qua mail hom qua", "nhan qua mail")]
    [InlineData("ghi nhan {0} {1} đơn vị gửi qua email", "đơn vị gửi qua email")]
    public async Task The_offices_e_mailed_file_is_kept_beside_the_units_upload_in_the_receipt_the_zip_and_the_export(string caption, string note)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo kết quả hội nghị đối thoại trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("TTRA");
        await bot.SendFileAsync(secretary, "bc-ttra.docx", Enumerable.Range(0, 700).Select(i => (byte)(i * 7)).ToArray());
        bot.Time.Advance(TimeSpan.FromDays(1));

        var asked = await bot.SendFileAsync(BotHarness.Admin, "kh-email.docx", Enumerable.Range(0, 800).Select(i => (byte)(i * 13 + 1)).ToArray(),
            string.Format(CultureInfo.InvariantCulture, caption, "TTRA", deadline.Id));
        var receipt = await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("không thay bài nộp đó", asked.Text(), StringComparison.Ordinal);
        // The receipt and the unit's notice keep the promise, never "bản mới thay cho bản trước".
        var notice = Assert.Single(receipt.Proactive, p => p.To.ChatId == secretary).Message.Text;
        foreach (var told in new[] { receipt.Text(), notice })
        {
            Assert.Contains("được lưu bên cạnh bài nộp qua bot", told, StringComparison.Ordinal);
            Assert.Contains("bc-ttra.docx", told, StringComparison.Ordinal);
            Assert.DoesNotContain("thay cho bản trước", told, StringComparison.Ordinal);
        }

        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi TTRA")).Text();
        Assert.Contains("được lưu bên cạnh bài nộp qua bot", record, StringComparison.Ordinal);

        var download = Assert.Single((await bot.SayAsync(BotHarness.Admin, $"/taifile {deadline.Id} TTRA")).Replies);
        using (var zip = new ZipArchive(new MemoryStream(download.Document!.Bytes), ZipArchiveMode.Read))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Equal(2, entries.Count);
            Assert.Contains(entries, e => e.EndsWith("bc-ttra.docx", StringComparison.Ordinal) && !e.Contains("nhan-ngoai-bot", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("nhan-ngoai-bot/kh-email.docx", StringComparison.Ordinal));
        }

        Assert.Contains("\"kh-email.docx\" văn phòng nhận ngoài bot", download.Text, StringComparison.Ordinal);

        var export = Assert.Single((await bot.SayAsync(BotHarness.Admin, $"/xuat {deadline.Id}")).Replies).Document!;
        using var book = new OpenedWorkbook(export.Bytes);
        var sheet = book.SheetNames[1];
        var row = Enumerable.Range(2, 80).First(r => book.Text(sheet, $"A{r}") == "TTRA");
        Assert.Equal($"bc-ttra.docx; kh-email.docx (nộp ngoài bot: {note})", book.Text(sheet, $"H{row}"));
    }
}
