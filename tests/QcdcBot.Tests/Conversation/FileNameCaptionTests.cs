namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A file sent without a caption is read by its name as a caption would be: a name naming another paper is asked
/// about instead of being filed under the unit's only open deadline; a camera's or scanner's own name, or a caption
/// beside the name, leaves it filed. NHNN has only "Kế hoạch thực hiện QCDC năm 2025" open (see CaptionTests).
/// </summary>
public sealed partial class CaptionTests
{
    [Theory]
    [InlineData("bao_cao_so_ket_quy_3.docx", "bao cao so ket quy 3")]
    [InlineData("BC-6-thang-dau-nam.pdf", "BC 6 thang dau nam")]
    [InlineData("Bao-cao-tong-ket-nam.docx", "Bao cao tong ket nam")]
    public async Task An_uncaptioned_file_whose_name_names_another_paper_is_asked_about_not_filed(string name, string read)
    {
        var asked = await _bot.SendFileAsync(_secretary, name, Bytes(1));

        Assert.Contains($"tên tệp \"{read}\" không giống tên việc nào đang mở", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await _bot.CountAsync("submissions"));
    }

    [Theory]
    [InlineData("IMG_20241020_101500.jpg", "")]
    [InlineData("Scan 2024-10-20.pdf", "")]
    [InlineData("CamScanner 10-20-2024 09.15.pdf", "")]
    [InlineData("20241020 (1).docx", "")]
    [InlineData("ke-hoach-qcdc-2025.docx", "")]
    [InlineData("bc so ket quy 3.docx", "kế hoạch QCDC 2025")]
    public async Task A_cameras_own_name_a_name_that_fits_or_a_caption_beside_the_name_is_filed(string name, string caption)
    {
        var filed = await _bot.SendFileAsync(_secretary, name, Bytes(2), caption);

        Assert.Contains("Biên nhận", filed.Text(), StringComparison.Ordinal);
    }
}
