namespace ContentLint.Formatting;

/// <summary>
/// The page of the <c>html</c> report around its data: styles, and the script that draws the charts and tables from
/// the JSON in <c>#report-data</c>. It fetches nothing. When it has drawn everything it sets
/// <c>data-rendered="true"</c> on the root element; a script error sets <c>data-script-error</c> instead (and is
/// shown), so a headless browser can check the page.
/// </summary>
internal static class HtmlReportPage
{
    /// <summary>Everything before the data.</summary>
    public const string Before =
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>ContentLint report</title>
        <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1em 2em; color: #222; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; }
        .totals { display: flex; flex-wrap: wrap; gap: 1em; }
        .total { background: #f4f4f6; border-radius: 6px; padding: .6em 1em; min-width: 8em; }
        .total b { display: block; font-size: 1.5em; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .25em .5em; border-bottom: 1px solid #eee; vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        th.sortable { cursor: pointer; user-select: none; } th.sortable:hover { text-decoration: underline; }
        .bar { background: #d9534f; height: .8em; display: inline-block; vertical-align: middle; }
        .bar.share { background: #f0ad4e; }
        .context { font-family: ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; color: #555; }
        .error { color: #b52b27; } .warning { color: #a66c00; } .info { color: #2a6496; }
        .controls { display: flex; gap: .5em; margin: .5em 0; align-items: center; flex-wrap: wrap; }
        .note { color: #666; }
        #script-error { color: #b52b27; font-weight: bold; }
        </style>
        </head>
        <body>
        <h1>ContentLint report</h1>
        <p class="note" id="tool"></p>
        <noscript><p>This report draws its tables with a script; allow scripts for this file to see them.</p></noscript>
        <p id="script-error" hidden></p>
        <div class="totals" id="totals"></div>
        <h2>Rules</h2><p class="note">Documents and lines each rule found junk in.</p><div id="rules"></div>
        <h2>Languages</h2><div id="languages"></div>
        <h2>Sources</h2><p class="note" id="sources-note">A corpus file, or a folder of articles.</p><div id="sources"></div>
        <h2>Junk by position in the document</h2><p class="note">The share of lines with findings in each tenth of the documents, from the top.</p><div id="positions"></div>
        <h2>Most frequent junk lines</h2><div id="junk-lines"></div>
        <h2>Near-duplicate documents</h2><p class="note" id="copies-note">Documents that copy an earlier one of the corpus (duplicate-document).</p><div id="copies"></div>
        <h2>Findings</h2>
        <div class="controls">
        <input id="filter" type="search" placeholder="Filter: path, rule, message, line…" size="40">
        <select id="severity"><option value="">every severity</option><option>error</option><option>warning</option><option>info</option></select>
        <select id="rule"><option value="">every rule</option></select>
        <span class="note" id="sample-note"></span>
        </div>
        <div id="findings"></div>
        <div class="controls"><button id="previous">Previous</button><span id="page"></span><button id="next">Next</button></div>
        <script type="application/json" id="report-data">
        """;

    /// <summary>Everything after the data.</summary>
    public const string After =
        """

        </script>
        <script>
        (function () {
          "use strict";
          function fail(message) {
            document.documentElement.dataset.scriptError = message;
            var shown = document.getElementById("script-error");
            shown.hidden = false;
            shown.textContent = "The report could not be drawn: " + message;
          }
          window.addEventListener("error", function (e) { fail(String(e.message)); });
          try {
            var data = JSON.parse(document.getElementById("report-data").textContent);
            var number = function (n) { return n.toLocaleString("en-US"); };
            var percent = function (part, whole) { return whole === 0 ? "0%" : (100 * part / whole).toFixed(1) + "%"; };
            function element(tag, attributes, children) {
              var e = document.createElement(tag);
              Object.keys(attributes || {}).forEach(function (k) { e.setAttribute(k, attributes[k]); });
              (children || []).forEach(function (c) { e.append(c instanceof Node ? c : String(c)); });
              return e;
            }
            function bar(value, max, kind) {
              return element("span", { "class": "bar " + (kind || ""), style: "width:" + (max === 0 ? 0 : Math.max(1, Math.round(200 * value / max))) + "px" });
            }
            // columns: [title, key, numeric]; the bar follows the column named by barKey.
            function table(id, columns, rows, barKey, rowAttributes) {
              var max = Math.max.apply(null, [0].concat(rows.map(function (r) { return r[barKey]; })));
              var head = element("tr", {}, columns.map(function (c) { return element("th", { "class": c[2] ? "n" : "" }, [c[0]]); }).concat([element("th")]));
              var body = rows.map(function (r) {
                var cells = columns.map(function (c) {
                  var value = r[c[1]];
                  return element("td", c[2] ? { "class": "n", "data-key": c[1], "data-value": value } : {}, [c[2] ? number(value) : value]);
                });
                return element("tr", rowAttributes ? rowAttributes(r) : {}, cells.concat([element("td", {}, [bar(r[barKey], max)])]));
              });
              document.getElementById(id).replaceChildren(element("table", {}, [head].concat(body)));
            }

            document.getElementById("tool").textContent = data.tool;
            var t = data.totals;
            [["files", "files"], ["documents", "documents"], ["affected", "documents with findings"], ["findings", "findings"],
             ["errors", "errors"], ["warnings", "warnings"], ["infos", "info"]].forEach(function (p) {
              document.getElementById("totals").append(element("div", { "class": "total" }, [
                element("b", { id: "total-" + p[0], "data-value": t[p[0]] }, [number(t[p[0]])]), p[1]]));
            });

            table("rules", [["Rule", "id"], ["Name", "name"], ["Findings", "findings", true], ["Documents", "affected", true], ["Lines", "lines", true]],
              data.rules, "affected", function (r) { return { "data-rule": r.id }; });
            var tallyColumns = [["Name", "name"], ["Documents", "documents", true], ["With findings", "affected", true], ["Findings", "findings", true], ["Lines with findings", "lines", true]];
            table("languages", tallyColumns, data.languages, "affected");
            table("sources", tallyColumns, data.sources, "affected");
            if (data.sourceCount > data.sources.length) {
              document.getElementById("sources-note").textContent += " The " + number(data.sources.length) + " with most findings of " + number(data.sourceCount) + ".";
            }

            var positions = data.positions.map(function (p, i) {
              return { part: (i * 10) + "–" + ((i + 1) * 10) + "%", lines: p.lines, junk: p.junk, share: p.lines === 0 ? 0 : p.junk / p.lines };
            });
            var maxShare = Math.max.apply(null, positions.map(function (p) { return p.share; }));
            document.getElementById("positions").replaceChildren(element("table", {}, [
              element("tr", {}, [element("th", {}, ["Part"]), element("th", { "class": "n" }, ["Lines"]), element("th", { "class": "n" }, ["With findings"]), element("th", { "class": "n" }, ["Share"]), element("th")])
            ].concat(positions.map(function (p) {
              return element("tr", {}, [element("td", {}, [p.part]), element("td", { "class": "n" }, [number(p.lines)]), element("td", { "class": "n" }, [number(p.junk)]),
                element("td", { "class": "n" }, [percent(p.junk, p.lines)]), element("td", {}, [bar(p.share, maxShare, "share")])]);
            }))));

            table("junk-lines", [["Line", "text"], ["Times found", "count", true]], data.junkLines, "count");

            document.getElementById("copies").replaceChildren(element("table", {}, [
              element("tr", {}, [element("th", {}, ["Document"]), element("th", {}, ["Copy of"])])
            ].concat(data.copies.map(function (c) { return element("tr", {}, [element("td", {}, [c.document]), element("td", {}, [c.message])]); }))));
            document.getElementById("copies-note").textContent += " " + number(data.copyCount) + (data.copies.length < data.copyCount ? ", the first " + number(data.copies.length) + " listed." : ".");

            // The findings: filtered and sorted in memory, drawn one page at a time.
            var columns = ["File", "Record", "Line", "Severity", "Rule", "Name", "Message", "Context"];
            var numericColumns = { 2: true };
            var pageSize = 50, page = 0, sortColumn = -1, descending = false, shown = data.rows;
            var ruleSelect = document.getElementById("rule");
            data.rules.forEach(function (r) { ruleSelect.append(element("option", { value: r.id }, [r.id + " " + r.name])); });
            document.getElementById("sample-note").textContent = data.rows.length < t.findings
              ? "An evenly spread sample of " + number(data.rows.length) + " of the " + number(t.findings) + " findings; the counts above are complete."
              : "";
            function apply() {
              var text = document.getElementById("filter").value.toLowerCase();
              var severity = document.getElementById("severity").value;
              var rule = ruleSelect.value;
              shown = data.rows.filter(function (r) {
                return (!severity || r[3] === severity) && (!rule || r[4] === rule)
                  && (!text || r.some(function (cell) { return cell.toLowerCase().indexOf(text) >= 0; }));
              });
              if (sortColumn >= 0) {
                var key = numericColumns[sortColumn] ? function (r) { return Number(r[sortColumn]); } : function (r) { return r[sortColumn]; };
                shown = shown.slice().sort(function (a, b) {
                  var x = key(a), y = key(b);
                  return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
                });
              }
              page = 0;
              draw();
            }
            function draw() {
              var pages = Math.max(1, Math.ceil(shown.length / pageSize));
              page = Math.min(page, pages - 1);
              var head = element("tr", {}, columns.map(function (c, i) {
                var th = element("th", { "class": "sortable" + (numericColumns[i] ? " n" : "") }, [c + (i === sortColumn ? (descending ? " ▼" : " ▲") : "")]);
                th.addEventListener("click", function () { descending = i === sortColumn ? !descending : false; sortColumn = i; apply(); });
                return th;
              }));
              var body = shown.slice(page * pageSize, (page + 1) * pageSize).map(function (r) {
                return element("tr", {}, r.map(function (cell, i) {
                  return element("td", i === 7 ? { "class": "context" } : i === 3 ? { "class": cell } : numericColumns[i] ? { "class": "n" } : {}, [cell]);
                }));
              });
              document.getElementById("findings").replaceChildren(element("table", { id: "findings-table" }, [head].concat(body)));
              document.getElementById("page").textContent = " Page " + (page + 1) + " of " + pages + " (" + number(shown.length) + " findings) ";
            }
            document.getElementById("filter").addEventListener("input", apply);
            document.getElementById("severity").addEventListener("change", apply);
            ruleSelect.addEventListener("change", apply);
            document.getElementById("previous").addEventListener("click", function () { page = Math.max(0, page - 1); draw(); });
            document.getElementById("next").addEventListener("click", function () { page++; draw(); });
            apply();
            if (!document.documentElement.dataset.scriptError) {
              document.documentElement.dataset.rendered = "true";
            }
          } catch (e) {
            fail(String(e && e.message || e));
          }
        })();
        </script>
        </body>
        </html>

        """;
}
