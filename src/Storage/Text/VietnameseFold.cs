using System.Globalization;
using System.Text;

namespace QcdcBot.Storage.Text;

/// <summary>
/// The one folding rule for matching Vietnamese text: lower case, no diacritics, đ → d.
/// Lives here so that both the store (CSV kinds) and the conversation share it.
/// </summary>
internal static class VietnameseFold
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // FormD splits every precomposed letter (NFC or NFD input alike) into base + marks.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
