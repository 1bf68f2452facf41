namespace QcdcBot.Bot.Web.Office.Pages;

/// <summary>
/// The one stylesheet, served from the bot itself (no CDN). States have a colour and a symbol, so the printed
/// table reads in black and white; print is A4 landscape without the navigation and the filters.
/// </summary>
internal static class OfficeStylesheet
{
    public const string Css = """
        body{font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:14px;margin:0;color:#1a1a1a;background:#fff}
        header.top{display:flex;justify-content:space-between;align-items:center;padding:6px 16px;background:#8b0000;color:#fff}
        header.top a{color:#fff;margin-right:16px;font-weight:600;text-decoration:none}
        header.top form{display:inline;margin-left:12px}
        main{padding:8px 16px}
        h1{font-size:20px;margin:8px 0}h2{font-size:16px;margin:16px 0 6px}
        .printed{display:none}
        .filters{margin:6px 0 10px}.filters label{margin-right:8px}.filters input[type=search]{width:22em}
        .notice{padding:8px;border:1px solid #2e7d32;background:#edf7ee}
        .refused{padding:8px;border:1px solid #b71c1c;background:#fdecea}
        table{border-collapse:collapse}
        th,td{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left}
        table.overview thead th{position:sticky;top:0;background:#f4f4f4;font-weight:600;min-width:110px;font-size:12px}
        table.overview th.unit{min-width:220px;background:#fafafa}
        table.overview td{font-size:12px;white-space:nowrap}
        .due,.tally,.split{display:block;font-weight:400}
        progress{width:100%;height:8px}
        .k-ok{background:#dff3e0}.k-tre{background:#fff0c2}.k-gh{background:#e3ecfb}.k-dl{background:#eef7ff}
        .k-ng{background:#e8f5f3}.k-mien{background:#efefef}.k-cho{background:#f3e5f5}.k-tc{background:#fde0dc}
        .k-im{background:#fbd9d6}.k-canh{background:#f9b8b0;font-weight:600}.k-het{background:#eee;color:#555}.na{background:#fff}
        .legend span{padding:1px 4px;margin-right:4px;white-space:nowrap}
        .actions form{display:inline}
        @media print{
          @page{size:A4 landscape;margin:8mm}
          header.top,.filters,.actions,form{display:none}
          .printed{display:block;margin:0 0 4px}
          body{font-size:9px;-webkit-print-color-adjust:exact;print-color-adjust:exact}table.overview td,table.overview thead th{font-size:8px;min-width:0;padding:1px 2px;white-space:normal}
          table.overview th.unit{min-width:0}
          a{color:inherit;text-decoration:none}
          thead{display:table-header-group}tr{break-inside:avoid}
        }
        """;
}
