using System.Text;
using QcdcBot.Bot.Text;

namespace QcdcBot.Tests.Text;

public sealed class DatePhraseParserTests
{
    private static readonly DateOnly March1 = new(2024, 3, 1);
    private static readonly DateOnly Nov20 = new(2024, 11, 20);

    // text, today, expected date, keyword, year inferred
    public static TheoryData<string, DateOnly, DateOnly, string, bool> Phrases => new()
    {
        { "trước 10/4", March1, new(2024, 4, 10), "trước", true },
        { "truoc 10/4", March1, new(2024, 4, 10), "trước", true },
        { "trước 10/4", Nov20, new(2025, 4, 10), "trước", true },
        { "trước ngày 25/10/2024", March1, new(2024, 10, 25), "trước", false },
        { "TRƯỚC NGÀY 25/10/2024", Nov20, new(2024, 10, 25), "trước", false },
        { "truoc ngay 25/10/2024", March1, new(2024, 10, 25), "trước", false },
        { "hạn 01/9", March1, new(2024, 9, 1), "hạn", true },
        { "han 01/9", Nov20, new(2025, 9, 1), "hạn", true },
        { "Hạn: 01/9", March1, new(2024, 9, 1), "hạn", true },
        { "hạn chót 15/12", March1, new(2024, 12, 15), "hạn chót", true },
        { "HAN CHOT 15/12", Nov20, new(2024, 12, 15), "hạn chót", true },
        { "hạn chót 20/11", Nov20, new(2024, 11, 20), "hạn chót", true },
        { "chậm nhất ngày 15/12", March1, new(2024, 12, 15), "chậm nhất", true },
        { "cham nhat ngay 15/12", Nov20, new(2024, 12, 15), "chậm nhất", true },
        { "chậm nhất là ngày 15/12/2024", March1, new(2024, 12, 15), "chậm nhất", false },
        { "cham nhat la ngay 15/12/2024", Nov20, new(2024, 12, 15), "chậm nhất", false },
        { "đến hết ngày 30/6", March1, new(2024, 6, 30), "đến hết", true },
        { "den het ngay 30/6", Nov20, new(2025, 6, 30), "đến hết", true },
        { "trước ngày 5 tháng 11 năm 2024", March1, new(2024, 11, 5), "trước", false },
        { "truoc ngay 5 thang 11 nam 2024", Nov20, new(2024, 11, 5), "trước", false },
        { "ngày 5 tháng 11", March1, new(2024, 11, 5), "", true },
        { "Ngay 5 Thang 11", Nov20, new(2025, 11, 5), "", true },
        { "25-10", March1, new(2024, 10, 25), "", true },
        { "25-10", Nov20, new(2025, 10, 25), "", true },
        { "25.10.2024", March1, new(2024, 10, 25), "", false },
        { "25.10.2024", Nov20, new(2024, 10, 25), "", false },
        { "10/4/24", March1, new(2024, 4, 10), "", false },
        { "10/4/24", Nov20, new(2024, 4, 10), "", false },
        { "10/4", March1, new(2024, 4, 10), "", true },
        { "10/4", Nov20, new(2025, 4, 10), "", true },
        { "1/3", March1, new(2024, 3, 1), "", true },
        { "29/2", March1, new(2028, 2, 29), "", true },
        { "29/2", new(2024, 2, 1), new(2024, 2, 29), "", true },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Each_phrase_form_is_read_day_first(string text, DateOnly today, DateOnly expected, string keyword, bool inferred)
    {
        var result = DatePhraseParser.Parse(text, today);

        Assert.Equal(DateProblem.None, result.Problem);
        Assert.Equal(expected, result.Date);
        Assert.Equal(inferred, result.YearWasInferred);
        Assert.Equal(keyword, result.Phrase?.Keyword);
        Assert.Equal((expected.Day, expected.Month), (result.Phrase!.Day, result.Phrase.Month));
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Each_phrase_form_reads_the_same_in_NFD_and_with_a_title_in_front(
        string text, DateOnly today, DateOnly expected, string keyword, bool inferred)
    {
        var title = "/giao Báo cáo tự kiểm tra QCDC ";
        var input = (title + text).Normalize(NormalizationForm.FormD);

        var result = DatePhraseParser.Parse(input, today);

        Assert.Equal(expected, result.Date);
        Assert.Equal(inferred, result.YearWasInferred);
        Assert.Equal(keyword, result.Phrase?.Keyword);
        Assert.Equal(title.Normalize(NormalizationForm.FormD), input[..result.Phrase!.Start]);
        Assert.Equal(text.Normalize(NormalizationForm.FormD), input.Substring(result.Phrase.Start, result.Phrase.Length));
    }

    [Theory]
    [InlineData("/giao Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024 cho tất cả", "/giao Báo cáo tự kiểm tra QCDC", "trước ngày 25/10/2024")]
    [InlineData("/giao Kế hoạch năm hạn chót: 15/12 nhé", "/giao Kế hoạch năm", "hạn chót: 15/12")]
    [InlineData("/giao Báo cáo quý 25/10.", "/giao Báo cáo quý", "25/10")]
    [InlineData("/giao Sơ kết ngày 5 tháng 11", "/giao Sơ kết", "ngày 5 tháng 11")]
    [InlineData("/giao Báo cáo\u200B trước\u00A0ngày 01/9", "/giao Báo cáo\u200B", "trước\u00A0ngày 01/9")]
    public void Phrase_position_lets_the_caller_cut_the_title_from_the_original_text(string text, string title, string phrase)
    {
        var result = DatePhraseParser.Parse(text, March1);

        Assert.Equal(title, text[..result.Phrase!.Start].TrimEnd());
        Assert.Equal(phrase, text.Substring(result.Phrase.Start, result.Phrase.Length));
    }

    [Theory]
    [InlineData("Kế hoạch 25/3 gửi các chi bộ, hạn 15/4", 4, 15)]
    [InlineData("Báo cáo 6 tháng, chậm nhất 10/7 và trước 20/7", 7, 10)]
    [InlineData("Báo cáo trước 10/4, họp ngày 12/4", 4, 10)]
    public void A_keyword_phrase_wins_over_a_bare_date_and_the_first_one_wins(string text, int month, int day) =>
        Assert.Equal(new DateOnly(2024, month, day), DatePhraseParser.Parse(text, March1).Date);

    [Theory]
    [InlineData("")]
    [InlineData("Báo cáo tự kiểm tra QCDC")]
    [InlineData("Báo cáo 10/4 gửi Ban Tuyên giáo")]
    [InlineData("khắc phục những tồn tại, hạn chế 2 năm")]
    [InlineData("trước mắt năm 2021 tập trung")]
    [InlineData("tổng số 4.759 đảng viên")]
    [InlineData("Nghị định số 145/2020/NĐ-CP")]
    [InlineData("Nghị định số 04/2015")]
    [InlineData("trong tháng 5 năm 2024")]
    public void Text_without_a_deadline_phrase_is_not_found(string text)
    {
        var result = DatePhraseParser.Parse(text, March1);

        Assert.Equal(DateProblem.NotFound, result.Problem);
        Assert.Null(result.Date);
        Assert.Null(result.Phrase);
    }

    [Theory]
    [InlineData("trước 31/4", 31, 4, null)]
    [InlineData("hạn 29/2/2025", 29, 2, 2025)]
    [InlineData("trước 0/5", 0, 5, null)]
    [InlineData("trước 32/1", 32, 1, null)]
    [InlineData("hạn chót 15/13", 15, 13, null)]
    [InlineData("ngày 31 tháng 6 năm 2024", 31, 6, 2024)]
    [InlineData("31/9/24", 31, 9, 2024)]
    public void Impossible_dates_are_reported_with_the_phrase(string text, int day, int month, int? year)
    {
        var result = DatePhraseParser.Parse(text, March1);

        Assert.Equal(DateProblem.ImpossibleDate, result.Problem);
        Assert.Null(result.Date);
        Assert.Equal((day, month, year), (result.Phrase!.Day, result.Phrase.Month, result.Phrase.Year));
        Assert.Equal(text, text.Substring(result.Phrase.Start, result.Phrase.Length));
    }

    [Theory]
    [InlineData("2025-03-01", "2028-02-29")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2024-03-01", "2028-02-29")]
    [InlineData("2027-12-31", "2028-02-29")]
    public void Feb_29_without_a_year_means_the_next_Feb_29_that_exists(string today, string expected)
    {
        var result = DatePhraseParser.Parse("hạn 29/2", DateOnly.Parse(today));

        Assert.Equal(DateOnly.Parse(expected), result.Date);
        Assert.True(result.YearWasInferred);
    }

    [Theory]
    [InlineData("trước ngày 19/4/2027", "2024-05-22", null, "YearFarFromToday")]
    [InlineData("trước ngày 19/4/2022", "2024-05-22", null, "YearFarFromToday InThePast")]
    [InlineData("trước ngày 10/4/2023", "2024-03-25", "2024-03-25", "BeforeDocumentDate InThePast")]
    [InlineData("trước 10/4", "2024-03-01", "2024-05-01", "BeforeDocumentDate")]
    [InlineData("trước ngày 25/10/2024", "2024-11-20", null, "InThePast")]
    [InlineData("trước ngày 25/10/2025", "2024-11-20", "2024-11-01", "")]
    [InlineData("trước ngày 20/11/2024", "2024-11-20", "2024-11-20", "")]
    [InlineData("trước 10/4", "2024-11-20", "2024-11-01", "")]
    public void Suspicious_dates_are_flagged(string text, string today, string? documentDate, string expected)
    {
        var result = DatePhraseParser.Parse(
            text, DateOnly.Parse(today), documentDate is null ? null : DateOnly.Parse(documentDate));

        Assert.Equal(expected, string.Join(' ', result.Flags));
    }

    [Fact]
    public void FindAll_returns_every_keyword_deadline_in_order_and_skips_bare_dates()
    {
        const string text = """
            Căn cứ Kế hoạch ngày 25/3/2024, đề nghị các chi bộ gửi kế hoạch trước ngày 10/4,
            báo cáo sơ kết chậm nhất là ngày 15/7/2024; khắc phục hạn chế,
            báo cáo năm hạn chót 15/12 và đến hết ngày 31/4 hoàn thành.
            """;

        var results = DatePhraseParser.FindAll(text, March1, new DateOnly(2024, 3, 25));

        Assert.Equal(
            [new DateOnly(2024, 4, 10), new DateOnly(2024, 7, 15), new DateOnly(2024, 12, 15), null],
            results.Select(r => r.Date));
        Assert.Equal(["trước", "chậm nhất", "hạn chót", "đến hết"], results.Select(r => r.Phrase!.Keyword));
        Assert.Equal(DateProblem.ImpossibleDate, results[3].Problem);
    }

    [Fact]
    public void FindAll_on_text_without_deadlines_is_empty() =>
        Assert.Empty(DatePhraseParser.FindAll("Nghị định số 145/2020/NĐ-CP, ngày 14/12/2020", March1));

    [Theory]
    [InlineData("Yên Bái, ngày 25 tháng 3 năm 2024", "2024-03-25")]
    [InlineData("Yên Bái, ngày 09  tháng 3 năm 2023", "2023-03-09")]
    [InlineData("Yen Bai, ngay 09 thang 03 nam 2023", "2023-03-09")]
    [InlineData(" \tĐẢNG CỘNG SẢN VIỆT NAM\n\nYên Bái, ngày 22 tháng 5 năm 2024\n\n\tKính gửi:", "2024-05-22")]
    [InlineData("Số 12-CV/ĐUK\tYên Bái, ngày 22 tháng 5 năm 2024", "2024-05-22")]
    [InlineData("TP. Yên Bái, ngày 1 tháng 12 năm 2024.", "2024-12-01")]
    [InlineData("Ngày 1 tháng 12 năm 2024", "2024-12-01")]
    public void ReadDocumentDate_reads_the_letter_date_line(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DatePhraseParser.ReadDocumentDate(text));
        Assert.Equal(DateOnly.Parse(expected), DatePhraseParser.ReadDocumentDate(text.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Kế hoạch số 252-KH/ĐUK, ngày 25 tháng 3 năm 2024 của Ban Thường vụ")]
    [InlineData("Thực hiện Công văn số 592-CV/BCĐTU, ngày 25/5/2023 của Ban Chỉ đạo")]
    [InlineData("Yên Bái, ngày 31 tháng 4 năm 2024")]
    public void ReadDocumentDate_is_null_without_a_date_line(string text) =>
        Assert.Null(DatePhraseParser.ReadDocumentDate(text));
}
