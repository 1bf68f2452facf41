using System.Text;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>Files whose bytes are not what their name says, and what other members of the unit are told about a receipt.</summary>
public sealed class FileContentTests
{
    public static TheoryData<string, byte[], string> Broken => new()
    {
        { "bao-cao.docx", Encoding.UTF8.GetBytes("day la van ban!!"), "\"bao-cao.docx\": tệp không mở được như .docx; xin lưu lại bằng Word rồi gửi lại." },
        // A zip that is not a Word package (no [Content_Types].xml) is no .docx either.
        { "bao-cao.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6], "tệp không mở được như .docx" },
        { "bao-cao.pdf", [0x3F, 0x8A, 0x11, 0xC2, 0x90, 0x05, 0x77, 0xE3, 0x1B, 0x6D], "\"bao-cao.pdf\": tệp không mở được như .pdf" },
        { "so-lieu.xls", Encoding.UTF8.GetBytes("a,b,c\n1,2,3"), "tệp không mở được như .xls; xin lưu lại bằng Excel" },
        { "trang-1.jpg", Encoding.UTF8.GetBytes("<html>not an image</html>"), "tệp không mở được như .jpg" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task A_file_whose_bytes_are_not_its_type_is_refused_with_the_reason_and_nothing_is_stored(string name, byte[] bytes, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var before = await bot.SnapshotAsync();

        var result = await bot.SendFileAsync(secretary, name, bytes, raw: true);

        Assert.StartsWith("Chưa nhận bài nộp này", result.Text(), StringComparison.Ordinal);
        Assert.Contains(expected, result.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task A_real_file_of_each_type_is_accepted()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var result = await bot.SendFilesAsync(secretary, [
            new FakeFile("ke-hoach.docx", DocxBytes(), raw: true),
            new FakeFile("phu-luc.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF"), raw: true),
            new FakeFile("anh.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], raw: true),
        ]);

        Assert.Contains("Biên nhận số", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_other_secretary_of_the_unit_is_told_who_handed_in_and_how()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var first = await bot.RegisterSecretaryAsync("NHNN", "thuky-a");
        await bot.RegisterSecretaryAsync("NHNN", "thuky-b");

        var result = await bot.SendFileAsync(first, "ke-hoach.docx", [1, 2, 3]);

        Assert.DoesNotContain("Người nộp:", result.Text(), StringComparison.Ordinal);
        var copy = Assert.Single(result.Proactive, p => p.To.UserId == "thuky-b").Message.Text;
        Assert.Contains("Biên nhận số", copy, StringComparison.Ordinal);
        Assert.EndsWith("Người nộp: Thư ký thuky-a (qua tin nhắn với bot)", copy, StringComparison.Ordinal);
    }

    private static byte[] DocxBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        }

        return stream.ToArray();
    }
}
