using System.Text;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Tests.Text;

/// <summary>Facts about the real official letters in Fixtures/Seeds.</summary>
public sealed class SeedLetterTests
{
    private const string Plan2024 = "002_77675ec24c902d89.txt";
    private const string DanVanLetter = "001_81899a22d58e5ae3.txt";
    private const string Report2023 = "003_dff5dd5401502673.txt";

    private static string Seed(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name));

    [Theory]
    [InlineData("000_1392fca7dbe23cff.txt", "2023-03-09")]
    [InlineData(DanVanLetter, "2024-05-22")]
    [InlineData(Plan2024, "2024-03-25")]
    [InlineData(Report2023, null)]
    public void Each_letter_date_line_is_read(string name, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), DatePhraseParser.ReadDocumentDate(Seed(name)));

    [Fact]
    public void Plan_2024_deadline_in_2023_is_flagged_as_before_the_letter()
    {
        var text = Seed(Plan2024);
        var documentDate = DatePhraseParser.ReadDocumentDate(text);

        var deadlines = DatePhraseParser.FindAll(text, new DateOnly(2024, 3, 25), documentDate);

        var deadline = Assert.Single(deadlines);
        Assert.Equal(new DateOnly(2023, 4, 10), deadline.Date);
        Assert.Contains(DateFlag.BeforeDocumentDate, deadline.Flags);
        Assert.Equal("trước ngày 10/4/2023", VietnameseText.Normalize(text.Substring(deadline.Phrase!.Start, deadline.Phrase.Length)));
    }

    [Fact]
    public void Dan_van_letter_has_two_deadlines_and_neither_is_suspicious()
    {
        var text = Seed(DanVanLetter);
        var documentDate = new DateOnly(2024, 5, 22);

        var deadlines = DatePhraseParser.FindAll(text, documentDate, documentDate);

        Assert.Equal([new DateOnly(2024, 10, 25), new DateOnly(2024, 9, 1)], deadlines.Select(d => d.Date));
        Assert.All(deadlines, d => Assert.Empty(d.Flags));
        Assert.All(deadlines, d => Assert.False(d.YearWasInferred));
    }

    [Fact]
    public void Dan_van_letter_cites_a_letter_dated_years_ahead_which_is_flagged()
    {
        Assert.Contains("Ngày 19/4/2027", Seed(DanVanLetter), StringComparison.Ordinal);
        var documentDate = new DateOnly(2024, 5, 22);

        var result = DatePhraseParser.Parse("ngày 19/4/2027", documentDate, documentDate);

        Assert.Equal(new DateOnly(2027, 4, 19), result.Date);
        Assert.Equal([DateFlag.YearFarFromToday], result.Flags);
    }

    [Theory]
    [InlineData(Plan2024, 1)]
    [InlineData(Report2023, 0)]
    public void Letters_with_NFD_words_read_the_same_as_their_NFC_form(string name, int deadlines)
    {
        var raw = Seed(name);
        var nfc = raw.Normalize(NormalizationForm.FormC);
        Assert.NotEqual(nfc, raw);
        var today = new DateOnly(2024, 3, 25);

        Assert.Equal(VietnameseText.Fold(nfc), VietnameseText.Fold(raw));
        Assert.Equal(DatePhraseParser.ReadDocumentDate(nfc), DatePhraseParser.ReadDocumentDate(raw));
        Assert.Equal(deadlines, DatePhraseParser.FindAll(raw, today).Count);
        Assert.Equal(
            DatePhraseParser.FindAll(nfc, today).Select(r => (r.Date, r.Phrase!.Keyword)),
            DatePhraseParser.FindAll(raw, today).Select(r => (r.Date, r.Phrase!.Keyword)));
    }

    [Theory]
    [InlineData(Plan2024, "chat")]
    [InlineData(Report2023, "chat")]
    [InlineData(Report2023, "co")]
    [InlineData(Report2023, "phan")]
    public void NFD_words_in_the_letters_fold_like_their_NFC_form(string name, string folded)
    {
        var nfdWords = Regex.Matches(Seed(name), @"\w*\p{Mn}[\w\p{Mn}]*")
            .Select(m => m.Value)
            .Where(w => VietnameseText.Fold(w) == folded)
            .ToList();

        Assert.NotEmpty(nfdWords);
        Assert.All(nfdWords, w =>
        {
            Assert.NotEqual(w.Normalize(NormalizationForm.FormC), w);
            Assert.Equal(VietnameseText.Fold(w.Normalize(NormalizationForm.FormC)), VietnameseText.Fold(w));
        });
    }

    [Fact]
    public void Searching_a_partly_decomposed_letter_with_an_NFC_phrase_finds_it()
    {
        // In 003 this company name is typed as "ô" + combining hook, "â" + combining grave, and so on.
        const string company = "Công ty cổ phần Tập đoàn Hòa Bình Minh";
        var raw = Seed(Report2023);
        Assert.DoesNotContain(company, raw, StringComparison.Ordinal);

        Assert.True(VietnameseText.ContainsFolded(raw, company));
        Assert.True(VietnameseText.ContainsFolded(raw, "CONG TY CO PHAN TAP DOAN HOA BINH MINH"));
        Assert.Contains(company, VietnameseText.Normalize(raw), StringComparison.Ordinal);
    }
}
