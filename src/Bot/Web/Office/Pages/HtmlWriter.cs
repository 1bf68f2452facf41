using System.Globalization;
using System.Text;

namespace QcdcBot.Bot.Web.Office.Pages;

/// <summary>
/// Builds a page as text. Everything from the store or the request goes through <see cref="Text"/>, which escapes
/// it; Vietnamese letters stay as they are (UTF-8), so the page stays small.
/// </summary>
internal sealed class HtmlWriter
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    private readonly StringBuilder _html;

    public HtmlWriter(int capacity = 16 * 1024) => _html = new StringBuilder(capacity);

    /// <summary>Markup written by this program, never user text.</summary>
    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        // Most text (names, states, dates) has nothing to escape: copied in one piece.
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            _html.Append(text);
            return this;
        }

        var start = 0;
        while (next >= 0)
        {
            var at = start + next;
            _html.Append(text, start, at - start).Append(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            start = at + 1;
            next = text.AsSpan(start).IndexOfAny(Special);
        }

        _html.Append(text, start, text.Length - start);
        return this;
    }

    public HtmlWriter Number(long value)
    {
        _html.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary><c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c> with the text escaped.</summary>
    public HtmlWriter Element(string tag, string text, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append('>');
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>A link; <paramref name="href"/> is built by this program from ids and escaped values.</summary>
    public HtmlWriter Link(string href, string text)
    {
        _html.Append("<a href=\"");
        Text(href);
        _html.Append("\">");
        Text(text);
        _html.Append("</a>");
        return this;
    }

    public override string ToString() => _html.ToString();
}
